import { z } from 'zod';

export const mainAnswerSchema = z.enum(['yes', 'no']);
export type MainAnswer = z.infer<typeof mainAnswerSchema>;

/** One organisation's answer to one area; null means unanswered. */
export const areaAnswerSchema = z.object({
  main: mainAnswerSchema.nullable(),
  followup: z.string().max(50).nullable(),
});
export type AreaAnswer = z.infer<typeof areaAnswerSchema>;

/** One organisation's answers by area key; a missing area is unanswered. */
export type Answers = Readonly<Record<string, AreaAnswer | undefined>>;
