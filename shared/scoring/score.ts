import type { Answers, AreaAnswer } from './answers';
import type { Level, ScoringRule } from './rule';

export type AreaLevels = Record<string, Level | null>;

export type ProfileSummary = {
  /** The lower median of the scored areas' levels: always a real level, never a fake-precise mean. */
  medianLevel: Level | null;
  targetLevel: Level;
  /** Scored areas at the target level or above. */
  atOrAboveTarget: number;
  scored: number;
  /** All areas of the rule, scored or not. */
  areas: number;
};

export type Profile = { levels: AreaLevels; summary: ProfileSummary };

/**
 * The level of one area, or null when it cannot be scored: unanswered, "yes"
 * without a follow-up, or keys the rule does not know (validation rejects those
 * before they are stored). A follow-up beside a "no" is ignored, never scored.
 */
export function scoreArea(rule: ScoringRule, areaKey: string, answer: AreaAnswer | undefined): Level | null {
  const areaRule = Object.hasOwn(rule.areas, areaKey) ? rule.areas[areaKey] : undefined;
  if (!areaRule || !answer || answer.main === null) return null;
  if (answer.main === 'no') return areaRule.no;
  if (answer.followup === null || !Object.hasOwn(areaRule.followup, answer.followup)) return null;
  return areaRule.followup[answer.followup] ?? null;
}

/** Every area of the rule scored, and the profile summary (median and count at target). */
export function scoreProfile(rule: ScoringRule, answers: Answers): Profile {
  const levels: AreaLevels = {};
  for (const areaKey of Object.keys(rule.areas)) {
    levels[areaKey] = scoreArea(rule, areaKey, Object.hasOwn(answers, areaKey) ? answers[areaKey] : undefined);
  }
  return { levels, summary: summariseLevels(Object.values(levels), rule.targetLevel) };
}

export function summariseLevels(levels: ReadonlyArray<Level | null>, targetLevel: Level): ProfileSummary {
  const scored = levels.filter((level): level is Level => level !== null);
  return {
    medianLevel: lowerMedian(scored),
    targetLevel,
    atOrAboveTarget: scored.filter((level) => level >= targetLevel).length,
    scored: scored.length,
    areas: levels.length,
  };
}

/**
 * Levels are ordinal, so with an even count we take the lower of the two
 * middle levels instead of their mean: at least half of the areas reach it,
 * and the summary never claims a maturity that no area has.
 */
export function lowerMedian(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
