/** The locale of the page's language: Swedish unless English. */
export const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

/**
 * One Intl formatter per kind, locale and options, made on first use. Making
 * one costs milliseconds on a phone (the first of a kind far more), and a
 * table of figures formatted a cell at a time made hundreds on one render.
 */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Whole per cent in the page's language ("12 %" in Swedish, "12%" in English). */
export const percentFormat = (language: string) =>
  cached(`percent|${localeOf(language)}`, () => new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }));

/**
 * A fraction as whole per cent, rounded as Intl.NumberFormat rounds it: half
 * up on the shortest decimal that names the number (0.075 → 8), checked
 * against Intl for every fraction with a denominator up to 4,000.
 */
export function wholePercent(fraction: number): number {
  const text = String(fraction);
  if (!/^\d+(\.\d+)?$/.test(text)) return Math.round(fraction * 100);
  const [whole = '0', decimals = ''] = text.split('.');
  return Number(whole + decimals.slice(0, 2).padEnd(2, '0')) + (decimals.charAt(2) >= '5' ? 1 : 0);
}

/**
 * A share as a whole per cent in the page's language, as percentFormat
 * writes it ("12 %" with a no-break space in Swedish, "12%" in English);
 * "–" when there is nothing to show or divide by. Without Intl: a page's
 * first Intl.NumberFormat costs 130–400 ms of main thread on a phone (ICU
 * loading its number data, measured at 4× CPU slowdown), one long task on
 * every page that shows a share (issue 15).
 */
export function formatShare(part: number | null, whole: number | null, language: string): string {
  if (part === null || !whole) return '–';
  const percent = wholePercent(part / whole);
  return language === 'en' ? `${percent}%` : `${percent}\u00a0%`;
}

/** A date with the time, e.g. "31 mars 2027 kl. 23:59". */
export const dateTimeFormat = (language: string) =>
  cached(`datetime|${localeOf(language)}`, () => new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }));

/** The time of day, e.g. "14:05". */
export const timeFormat = (language: string) =>
  cached(`time|${localeOf(language)}`, () => new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short' }));

/** "a, b och c" / "a, b and c". */
export const conjunctionFormat = (language: string) =>
  cached(`and|${localeOf(language)}`, () => new Intl.ListFormat(localeOf(language), { type: 'conjunction' }));

/** Plain numbers in the page's language (thousands separated). */
export const numberFormat = (language: string) => cached(`number|${language}`, () => new Intl.NumberFormat(language));
