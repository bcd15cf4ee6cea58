import { z } from 'zod';
import { languageSchema } from '../question-bank/schema';
import { levelSchema } from '../scoring/rule';

export const questionsQuerySchema = z.object({ lang: languageSchema.default('sv') });

const optionSchema = z.object({
  key: z.string(),
  /** 1 = lowest degree; options come in rank order. */
  rank: z.number().int(),
  label: z.string(),
  description: z.string().nullable(),
});

const areaSchema = z.object({
  key: z.string(),
  position: z.number().int(),
  title: z.string(),
  /** Help text: what the area covers. */
  description: z.string(),
  mainQuestion: z.string(),
  /** Asked only when the main answer is "yes". */
  followup: z.object({ question: z.string(), options: z.array(optionSchema) }),
  /** What it takes to reach each level from the one below. */
  guidance: z.array(z.object({ toLevel: levelSchema, text: z.string() })),
});

/** The question bank of one round, in one language. */
export const roundQuestionsResponseSchema = z.object({
  year: z.number().int(),
  bankVersion: z.string(),
  lang: languageSchema,
  scope: z.string(),
  source: z.string(),
  definition: z.object({ term: z.string(), text: z.string() }),
  answerLabels: z.object({ yes: z.string(), no: z.string() }),
  comment: z.object({ label: z.string(), maxLength: z.number().int() }),
  levels: z.array(z.object({ level: levelSchema, title: z.string(), description: z.string() })),
  targetLevel: levelSchema,
  areas: z.array(areaSchema),
});
export type RoundQuestions = z.infer<typeof roundQuestionsResponseSchema>;
