const LOCALES: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
const locale = (language: string) => LOCALES[language] ?? language;

/**
 * The one way admin pages show a moment: short, readable and on one line, e.g.
 * "1 dec. 2026 13:05" (sv) or "1 Dec 2026, 13:05" (en). Empty for no moment.
 */
export function formatTimestamp(iso: string | null, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A calendar day given as YYYY-MM-DD (a timeline's day), e.g. "3 maj 2027"; `short` leaves out the year: "3 maj". */
export function formatDay(day: string, language: string, options: { short?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: options.short ? 'short' : 'long',
    ...(!options.short && { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * A label (a state, status or role: "Öppen", "Administratör") inside a sentence,
 * where Swedish and English write it lower-case: "Omgång 2027 är nu öppen."
 */
export function inSentence(label: string, language: string): string {
  return label.charAt(0).toLocaleLowerCase(locale(language)) + label.slice(1);
}

const MAX_TEXT = 80;
const MAX_ITEMS = 5;

export type DetailLine = { key: string; value: string; more: number };

const shorten = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return shorten(String(value));
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  // An object inside a list or two levels down (a role grant): its fields in one line.
  return shorten(
    Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .map(([key, field]) => `${key} ${formatValue(field)}`)
      .join(', '),
  );
}

/**
 * An audit entry's details as key–value lines: nested objects spread one level
 * (`changes.contactEmail`), lists shortened to their first few items with the
 * number left over in `more`.
 */
export function summariseDetails(details: Record<string, unknown>, prefix = ''): DetailLine[] {
  return Object.entries(details).flatMap(([key, value]): DetailLine[] => {
    const name = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !prefix) {
      return summariseDetails(value as Record<string, unknown>, `${name}.`);
    }
    if (Array.isArray(value)) {
      return [{ key: name, value: value.slice(0, MAX_ITEMS).map(formatValue).join(', '), more: Math.max(0, value.length - MAX_ITEMS) }];
    }
    return [{ key: name, value: formatValue(value), more: 0 }];
  });
}
