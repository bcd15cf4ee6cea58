import { z } from 'zod';
import { languageSchema } from '../question-bank/schema';
import { organisationTypeSchema } from './organisations';

/*
 * The group view (docs/decisions/0021): a kommun and the organisations it is
 * a group of (its companies, the kommunalförbund it is a member of) side by
 * side, read-only, each in its latest round with results.
 */

export const groupViewQuerySchema = z.object({ lang: languageSchema.default('sv') });

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
});
export type GroupRow = z.infer<typeof groupRowSchema>;

export const groupViewSchema = z.object({
  group: z.object({ id: z.number().int(), name: z.string(), type: organisationTypeSchema }),
  areas: z.array(z.object({ key: z.string(), title: z.string() })),
  rows: z.array(groupRowSchema),
});
export type GroupView = z.infer<typeof groupViewSchema>;
