import { describe, expect, test } from 'vitest';
import { isKommungruppCode, shareAtOrAbove, wholeGroupReason } from '#web/pages/results/comparison';

const counts = (one: number, two: number, three: number, four: number) => ({ '1': one, '2': two, '3': three, '4': four });

describe('shareAtOrAbove', () => {
  test('the share at the target level or higher, of everyone with a level (n)', () => {
    expect(shareAtOrAbove(counts(2, 3, 4, 1), null, 3)).toEqual({ kind: 'shown', reached: 5, n: 10, share: 0.5 });
    expect(shareAtOrAbove(counts(2, 3, 4, 1), null, 4)).toEqual({ kind: 'shown', reached: 1, n: 10, share: 0.1 });
    expect(shareAtOrAbove(counts(0, 0, 0, 7), null, 1)).toEqual({ kind: 'shown', reached: 7, n: 7, share: 1 });
  });

  test('a withheld group stays withheld with its reason: nothing is computed, never 0', () => {
    expect(shareAtOrAbove(null, 'differencing', 3)).toEqual({ kind: 'withheld', reason: 'differencing' });
    expect(shareAtOrAbove(null, 'open_round', 3)).toEqual({ kind: 'withheld', reason: 'open_round' });
    // A null figure without a stated reason is still withheld, never shown as a share.
    expect(shareAtOrAbove(null, null, 3)).toEqual({ kind: 'withheld', reason: 'small_group' });
  });

  test('a group where nobody has a level has no share (nothing to divide by)', () => {
    expect(shareAtOrAbove(counts(0, 0, 0, 0), null, 3)).toEqual({ kind: 'empty' });
  });
});

describe('wholeGroupReason', () => {
  const shown = counts(1, 1, 1, 1);
  test('a group withheld in every area is named once, with the areas’ reason', () => {
    expect(
      wholeGroupReason(
        { suppressedReason: null },
        [
          ['small_group', null],
          ['small_group', null],
        ],
        [
          [null, shown],
          [null, shown],
        ],
        0,
      ),
    ).toBe('small_group');
    expect(wholeGroupReason({ suppressedReason: 'open_round' }, [[null], [null]], [[null], [null]], 0)).toBe('open_round');
  });

  test('a group shown in any area is not withheld as a whole', () => {
    expect(wholeGroupReason({ suppressedReason: null }, [['small_group'], [null]], [[null], [shown]], 0)).toBeNull();
    expect(wholeGroupReason({ suppressedReason: null }, [], [], 0)).toBeNull();
  });
});

test('SKR kommungrupp codes are recognised; other values are shown as they are', () => {
  expect(isKommungruppCode('A1')).toBe(true);
  expect(isKommungruppCode('C9')).toBe(true);
  expect(isKommungruppCode('Storstäder')).toBe(false);
});
