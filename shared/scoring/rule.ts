import { z } from 'zod';

/** MSB's maturity levels, 1 (reactive) to 4 (continuously improving). */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** How one area's answers become a level: a "no" gives `no`, a "yes" gives the level of its follow-up option. */
export const areaRuleSchema = z.object({
  no: levelSchema,
  followup: z.record(z.string(), levelSchema),
});
export type AreaRule = z.infer<typeof areaRuleSchema>;

/**
 * The scoring rule is data, versioned with the question bank, so a later year
 * can change it without a code change and each year stays scored by its own rule.
 */
export const scoringRuleSchema = z.object({
  targetLevel: levelSchema,
  areas: z.record(z.string(), areaRuleSchema),
});
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
