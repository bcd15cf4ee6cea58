/**
 * How the report writes numbers (docs/report-phrasing.md, "Numbers").
 * Pure: no I/O, nothing outside shared/. Formatting is the platform's Intl
 * (sv-SE / en-GB, as the pages use); rounding is done here on integers, so
 * 57/200 is 28.5 % exactly and rounds to 29, never to a binary 28.499….
 */

export type ReportLanguage = 'sv' | 'en';

const LOCALE: Record<ReportLanguage, string> = { sv: 'sv-SE', en: 'en-GB' };

/** U+00A0: the space that never breaks a line between a number and its unit or sign. */
export const NO_BREAK_SPACE = '\u00a0';

/** The mark a table cell shows for a withheld figure: SCB's ".." ("uppgift inte tillgänglig"), never "–" or "0", which read as zero. */
export const WITHHELD_MARK = '..';

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

function assertShare(count: number, of: number): void {
  assertCount(count, 'count');
  assertCount(of, 'of');
  if (of === 0) throw new RangeError('a share needs a denominator above 0');
  if (count > of) throw new RangeError(`count ${count} exceeds its denominator ${of}`);
}

/** a / b rounded down, for integers a ≥ 0 and b > 0, without going through a fraction. */
function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/**
 * count / of × 100, rounded half up to `decimals` places, returned scaled to
 * an integer (decimals 0: whole percent; decimals 1: tenths of a percent).
 */
export function roundedPercentScaled(count: number, of: number, decimals = 0): number {
  assertShare(count, of);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 2) throw new RangeError('decimals must be 0, 1 or 2');
  const scale = 100 * 10 ** decimals;
  return floorDiv(2 * count * scale + of, 2 * of);
}

/** An integer in the language's style: "12 345" (no-break space) in Swedish, "12,345" in English. */
export function formatInteger(value: number, language: ReportLanguage): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(value);
}

/** A decimal given as an integer and its number of decimals: (579, 1) → "57,9" / "57.9". */
function formatScaled(scaled: number, decimals: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    scaled / 10 ** decimals,
  );
}

export type PercentStyle = 'symbol' | 'words';

export interface PercentOptions {
  /** Decimal places; the report uses whole percent (one percentage point is about three municipalities). */
  decimals?: number;
  /** 'symbol' for tables and charts ("58 %"), 'words' for running text ("58 procent"). */
  style?: PercentStyle;
}

const UNIT: Record<ReportLanguage, Record<PercentStyle, string>> = {
  sv: { symbol: `${NO_BREAK_SPACE}%`, words: `${NO_BREAK_SPACE}procent` },
  en: { symbol: '%', words: `${NO_BREAK_SPACE}per cent` },
};

const BELOW: Record<ReportLanguage, Record<PercentStyle, string>> = {
  sv: { symbol: '<', words: 'under ' },
  en: { symbol: '<', words: 'less than ' },
};

const ABOVE: Record<ReportLanguage, Record<PercentStyle, string>> = {
  sv: { symbol: '>', words: 'över ' },
  en: { symbol: '>', words: 'more than ' },
};

/**
 * count of `of` as a percentage: "58 %", "58 procent", "57,9 %", "58%",
 * "58 per cent". A count above 0 never reads as 0 ("<1 %", "under 1
 * procent") and a count below `of` never as 100 (">99 %", "över 99 procent").
 */
export function formatPercent(count: number, of: number, language: ReportLanguage, options: PercentOptions = {}): string {
  const decimals = options.decimals ?? 0;
  const style = options.style ?? 'symbol';
  const scaled = roundedPercentScaled(count, of, decimals);
  const full = 100 * 10 ** decimals;
  const unit = UNIT[language][style];
  if (scaled === 0 && count > 0) return `${BELOW[language][style]}${formatScaled(1, decimals, language)}${unit}`;
  if (scaled === full && count < of) return `${ABOVE[language][style]}${formatScaled(full - 1, decimals, language)}${unit}`;
  return `${formatScaled(scaled, decimals, language)}${unit}`;
}

/** "n = 265" with no-break spaces, so it never splits over two lines. */
export function formatN(n: number, language: ReportLanguage): string {
  assertCount(n, 'n');
  return `n${NO_BREAK_SPACE}=${NO_BREAK_SPACE}${formatInteger(n, language)}`;
}

/** "242 av 290" / "242 of 290". */
export function formatCountOf(count: number, of: number, language: ReportLanguage): string {
  assertShare(count, of);
  return `${formatInteger(count, language)} ${language === 'sv' ? 'av' : 'of'} ${formatInteger(of, language)}`;
}
