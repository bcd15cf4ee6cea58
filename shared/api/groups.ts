import { z } from 'zod';
import { languageSchema } from '../question-bank/schema';
import { organisationTypeSchema } from './organisations';

/*
 * The group view (docs/decisions/0021): a kommun and the organisations it is
 * a group of (its companies, the kommunalförbund it is a member of) side by
 * side, read-only, each in its latest round with results.
 */

export const groupViewQuerySchema = z.object({ lang: languageSchema.default('sv') });

/** How far an organisation's action plan has come (docs/decisions/0021, the group page). */
export const planProgressSchema = z.object({
  /** Its actions by status (planerad / pågår / klar / stoppad), whatever year they were planned in. */
  planned: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  stopped: z.number().int(),
  /** Actions whose due date has passed (before today in Sweden) that are neither done nor stopped. */
  overdue: z.number().int(),
  /** The earliest due date among those (YYYY-MM-DD); null: none overdue. */
  oldestOverdueOn: z.string().nullable(),
  /**
   * The follow-up in the row's round: the actions planned from the round before it, and how many the
   * round marked ja / delvis / nej (the rest are not marked yet). Null: no round to show.
   */
  followUp: z
    .object({ year: z.number().int(), actions: z.number().int(), yes: z.number().int(), partly: z.number().int(), no: z.number().int() })
    .nullable(),
});
export type PlanProgress = z.infer<typeof planProgressSchema>;

export const groupRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: organisationTypeSchema,
  /** true for the group itself (the first row). */
  isGroup: z.boolean(),
  /** The round shown: the newest with a submitted response, else the newest it was invited to; null: never invited. */
  year: z.number().int().nullable(),
  status: z.enum(['not_started', 'draft', 'submitted']).nullable(),
  /** One level (0–4) per area, in the order of `areas`; null where there is none (no answer, or the area is not in that round's bank). */
  levels: z.array(z.number().int().nullable()),
  plan: planProgressSchema,
});
export type GroupRow = z.infer<typeof groupRowSchema>;

export const groupViewSchema = z.object({
  group: z.object({ id: z.number().int(), name: z.string(), type: organisationTypeSchema }),
  areas: z.array(z.object({ key: z.string(), title: z.string() })),
  rows: z.array(groupRowSchema),
});
export type GroupView = z.infer<typeof groupViewSchema>;
