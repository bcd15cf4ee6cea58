const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** A deadline or submission date in the reader's language, e.g. "31 mars 2027 kl. 23:59". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeStyle: 'short' }).format(date);
}
