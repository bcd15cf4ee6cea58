import { dateTimeFormat, timeFormat } from '#web/components/formatters';

/** A deadline or submission date in the reader's language, e.g. "31 mars 2027 kl. 23:59". */
export function formatDateTime(iso: string, language: string): string {
  return dateTimeFormat(language).format(new Date(iso));
}

export function formatTime(date: Date, language: string): string {
  return timeFormat(language).format(date);
}
