// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { ComparisonGroup, LevelCounts, SuppressedReason } from '#shared/api/results';

/**
 * One comparison figure: of the organisations in a group with a level in the
 * area (n), how many have reached the target level or higher.
 *
 * Why "at the target level or higher" and not the whole distribution: the
 * target level (3, systematic and risk-based work) is the one yardstick of
 * the maturity model, and the reader's question is "how many of the others
 * have got there?". One share per group reads at a glance next to the
 * organisation's own level, on screen and on paper alike; n says how much it
 * rests on.
 */
export type GroupShare =
  | { kind: 'shown'; reached: number; n: number; share: number }
  /** No organisation in the group has a level in the area: nothing to divide by. */
  | { kind: 'empty' }
  /** Disclosure control withheld the figures: they are never computed here. */
  | { kind: 'withheld'; reason: SuppressedReason };

const LEVELS = ['1', '2', '3', '4'] as const;

export function shareAtOrAbove(counts: LevelCounts | null, reason: SuppressedReason | null, target: number): GroupShare {
  if (counts === null) return { kind: 'withheld', reason: reason ?? 'small_group' };
  const n = LEVELS.reduce((sum, level) => sum + counts[level], 0);
  if (n === 0) return { kind: 'empty' };
  const reached = LEVELS.filter((level) => Number(level) >= target).reduce((sum, level) => sum + counts[level], 0);
  return { kind: 'shown', reached, n, share: reached / n };
}

/**
 * The reason a group is withheld in every area, said once in its header
 * rather than in every cell; null when any area of it is shown.
 */
export function wholeGroupReason(
  group: Pick<ComparisonGroup, 'suppressedReason'>,
  areaReasons: readonly (readonly (SuppressedReason | null)[])[],
  areaCounts: readonly (readonly (LevelCounts | null)[])[],
  index: number,
): SuppressedReason | null {
  if (areaCounts.length === 0 || !areaCounts.every((counts) => counts[index] === null)) return null;
  return areaReasons[0]?.[index] ?? group.suppressedReason ?? 'small_group';
}

/** SKR's municipal groups (kommungruppsindelning 2017): codes the demo and SKR's files use. */
export const KOMMUNGRUPP_CODES = ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'] as const;
export type KommungruppCode = (typeof KOMMUNGRUPP_CODES)[number];
export const isKommungruppCode = (value: string): value is KommungruppCode => (KOMMUNGRUPP_CODES as readonly string[]).includes(value);
