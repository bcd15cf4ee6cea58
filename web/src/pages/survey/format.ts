import { formatDateTime as dateTimeText, formatTime as timeText } from '#web/components/formatters';

/** A deadline or submission date in the reader's language, e.g. "31 mars 2027 kl. 23:59" (without Intl: formatters.ts). */
export function formatDateTime(iso: string, language: string): string {
  return dateTimeText(new Date(iso), language);
}

/** The time of day, e.g. "14:05" (the same in both languages). */
export function formatTime(date: Date): string {
  return timeText(date);
}
