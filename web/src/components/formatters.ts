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

/** A share as a whole per cent; "–" when there is nothing to show or divide by. */
export function formatShare(part: number | null, whole: number | null, language: string): string {
  if (part === null || !whole) return '–';
  return percentFormat(language).format(part / whole);
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
