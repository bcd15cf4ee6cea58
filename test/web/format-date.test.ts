import { describe, expect, test } from 'vitest';
import {
  conjunctionFormat,
  dateTimeFormat,
  formatCount,
  formatList,
  formatDateTime,
  formatTime,
  numberFormat,
  timeFormat,
} from '#web/components/formatters';

// The survey and results pages write dates without Intl (a page's first Intl.DateTimeFormat is a long task on a
// phone): they must write exactly what Intl writes, in the reader's time zone.
describe('formatDateTime and formatTime: as Intl.DateTimeFormat writes them, without Intl', () => {
  test('every 97 minutes over three years, in Swedish and English', () => {
    const mismatches: string[] = [];
    const start = Date.UTC(2025, 0, 1, 0, 3);
    for (let at = start; at < start + 3 * 366 * 24 * 3_600_000; at += 97 * 60_000) {
      const date = new Date(at);
      for (const language of ['sv', 'en']) {
        const expected = dateTimeFormat(language).format(date);
        if (formatDateTime(date, language) !== expected) mismatches.push(`${date.toISOString()} ${language}: ${expected}`);
        if (formatTime(date) !== timeFormat(language).format(date)) mismatches.push(`${date.toISOString()} time ${language}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('the forms the pages show', () => {
    const date = new Date(2027, 2, 31, 23, 59);
    expect(formatDateTime(date, 'sv')).toBe('31 mars 2027 kl. 23:59');
    expect(formatDateTime(date, 'en')).toBe('31 March 2027 at 23:59');
    expect(formatTime(new Date(2027, 0, 5, 8, 5))).toBe('08:05');
  });
});

describe('formatCount: whole numbers as Intl.NumberFormat writes them, without Intl', () => {
  test('from −20,000 to 2,000,000, in Swedish and English', () => {
    const mismatches: string[] = [];
    for (const language of ['sv', 'en']) {
      const intl = numberFormat(language);
      for (let value = -20_000; value <= 2_000_000; value += value < 20_000 ? 1 : 997) {
        if (formatCount(value, language) !== intl.format(value)) mismatches.push(`${value} ${language}: ${intl.format(value)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('other numbers go through Intl', () => {
    expect(formatCount(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('formatList: as Intl.ListFormat (conjunction) writes it, without Intl', () => {
  test('none to five items, in Swedish and English', () => {
    for (const language of ['sv', 'en']) {
      for (let count = 0; count <= 5; count += 1) {
        const items = ['Styrning', 'Risk, och analys', 'Incidenter', 'Kontinuitet', 'Leverantörer'].slice(0, count);
        expect(formatList(items, language)).toBe(conjunctionFormat(language).format(items));
      }
    }
  });
});
