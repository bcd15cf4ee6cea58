import { z } from 'zod';
import { ROUND_STATES } from './round-states';

export { ROUND_STATES, ROUND_TRANSITIONS } from './round-states';
export const roundStateSchema = z.enum(ROUND_STATES);
export type RoundState = z.infer<typeof roundStateSchema>;

export const yearSchema = z.coerce.number().int().min(2000).max(2100);
export const roundYearParamsSchema = z.object({ year: yearSchema });

const isoDateTime = z.iso.datetime({ offset: true });

export const roundSchema = z.object({
  year: z.number().int(),
  state: roundStateSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  /** The question-bank version key, e.g. "2019.1". */
  bankVersion: z.string(),
  shareComments: z.boolean(),
  /** Open and inside its window right now: answers can be written. */
  acceptingAnswers: z.boolean(),
});
export type Round = z.infer<typeof roundSchema>;

export const roundListResponseSchema = z.object({ rounds: z.array(roundSchema) });

export const createRoundBodySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    shareComments: z.boolean().optional(),
    /** A question-bank version key, e.g. "2026.1"; the newest version when left out. */
    bankVersion: z.string().min(1).max(20).optional(),
  })
  .strict();

export const changeRoundStateBodySchema = z.object({ state: roundStateSchema.exclude(['draft']) }).strict();

export const updateRoundBodySchema = z
  .object({ opensAt: isoDateTime, closesAt: isoDateTime, shareComments: z.boolean() })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'give at least one of opensAt, closesAt, shareComments' });
