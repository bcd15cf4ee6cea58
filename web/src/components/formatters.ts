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

const MONTHS: Record<'sv' | 'en', readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The time of day in the reader's time zone, as timeFormat writes it ("08:05" in both languages), without Intl:
 * a page's first Intl.DateTimeFormat cost 120–310 ms of main thread at 4× CPU slowdown (ICU loading its
 * calendar data; bench/RESULTS.md, 2026-12-02), a long task on the survey and results pages.
 */
export function formatTime(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/**
 * A date with the time in the reader's time zone, as dateTimeFormat writes it ("31 mars 2027 kl. 23:59",
 * "31 March 2027 at 23:59"), without Intl (see formatTime); test/web/format-date.test.ts compares the two.
 */
export function formatDateTime(date: Date, language: string): string {
  const english = language === 'en';
  const day = `${date.getDate()} ${MONTHS[english ? 'en' : 'sv'][date.getMonth()]} ${date.getFullYear()}`;
  return `${day} ${english ? 'at' : 'kl.'} ${formatTime(date)}`;
}

/**
 * A whole number with its thousands grouped as numberFormat writes it ("12 345" with a no-break space in
 * Swedish, "12,345" in English), without Intl (a page's first Intl.NumberFormat is a long task on a phone; see
 * formatShare). Other numbers go through numberFormat.
 */
export function formatCount(value: number, language: string): string {
  if (!Number.isSafeInteger(value)) return numberFormat(language).format(value);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, language === 'en' ? ',' : '\u00a0');
  return value < 0 ? `${language === 'en' ? '-' : '\u2212'}${digits}` : digits;
}

/**
 * "a, b och c" / "a, b and c", as conjunctionFormat writes it, without Intl (a page's first Intl.ListFormat cost
 * ~120 ms at 4× CPU slowdown on the national page, bench/RESULTS.md 2026-12-02).
 */
export function formatList(items: readonly string[], language: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
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
