import { describe, expect, test } from 'vitest';
import { formatShare, percentFormat, wholePercent } from '#web/components/formatters';

// formatShare writes shares without Intl (a page's first Intl.NumberFormat is a long task on a phone):
// it must write exactly what Intl writes, rounding included.
describe('formatShare: whole per cent as Intl.NumberFormat writes it, without Intl', () => {
  test('every fraction with a denominator up to 300, in Swedish and English', () => {
    const mismatches: string[] = [];
    for (const language of ['sv', 'en']) {
      const intl = percentFormat(language);
      for (let whole = 1; whole <= 300; whole += 1) {
        for (let part = 0; part <= whole; part += 1) {
          const expected = intl.format(part / whole);
          if (formatShare(part, whole, language) !== expected) mismatches.push(`${part}/${whole} ${language}: ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);

  test('rounds half up on the shortest decimal, as ICU does (0.075 → 8, 0.285 → 29)', () => {
    expect(wholePercent(0.075)).toBe(8);
    expect(wholePercent(57 / 200)).toBe(29);
    expect(wholePercent(1)).toBe(100);
    expect(wholePercent(0)).toBe(0);
    expect(formatShare(1, 8, 'sv')).toBe('13\u00a0%');
    expect(formatShare(1, 8, 'en')).toBe('13%');
  });

  test('nothing to show or divide by is a dash', () => {
    expect(formatShare(null, 10, 'sv')).toBe('–');
    expect(formatShare(3, 0, 'sv')).toBe('–');
    expect(formatShare(3, null, 'en')).toBe('–');
  });
});
