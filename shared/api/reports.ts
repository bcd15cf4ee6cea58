import { z } from 'zod';
import { localizedTextSchema } from '../question-bank/schema';
import { aggregatesSchema, areaAggregateSchema, crosstabSchema, suppressedReasonSchema } from './results';
import { yearSchema } from './rounds';

/**
 * The national report of a round (issue #18, interfaces §5): the figures
 * on the published basis (submitted and partial responses) after
 * disclosure control for the public (§6), with the texts the report needs.
 * The sentences themselves are written from these figures by
 * shared/report/ (docs/report-phrasing.md).
 */

export const reportParams = z.object({ year: yearSchema });

/** A report section: `summary`, `counties`, `crosstab`, `method`, or an area key. */
export const reportSectionSchema = z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'must be a section key');
export const FIXED_REPORT_SECTIONS = ['summary', 'counties', 'crosstab', 'method'] as const;

export const commentaryParams = z.object({ year: yearSchema, section: reportSectionSchema });
/** An empty body removes the section's commentary. */
export const commentaryBodySchema = z.object({ body: z.string().max(5000) });

const count = z.number().int().min(0);
const withheld = { suppressed: z.boolean(), suppressedReason: suppressedReasonSchema.nullable() };

export const reportPopulationSchema = z.enum(['kommun', 'region', 'kommunalforbund', 'bolag', 'organisation']);

const trendPointSchema = z.object({
  year: z.number().int(),
  bankVersion: z.string(),
  invited: count,
  answered: count.nullable(),
  yes: count.nullable(),
  ...withheld,
  /** The area's main question was worded differently in that year's question bank. */
  questionChanged: z.boolean(),
});

export const reportAreaSchema = z.object({
  key: z.string(),
  title: localizedTextSchema,
  mainQuestion: localizedTextSchema,
  followupQuestion: localizedTextSchema,
  options: z.array(z.object({ key: z.string(), label: localizedTextSchema })),
  figures: areaAggregateSchema,
  /** Earlier published rounds whose question bank has this area, oldest first. */
  trend: z.array(trendPointSchema),
});

export const reportCountySchema = z.object({ code: z.string(), name: z.string() }).extend(aggregatesSchema.shape);

export const commentarySchema = z.object({ body: z.string(), updatedAt: z.string(), updatedBy: z.string().nullable() });

export const reportSchema = z.object({
  year: z.number().int(),
  bankVersion: z.string(),
  state: z.enum(['closed', 'published']),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  /** Who the shares are of: the invited organisations' type, or `organisation` for a mix. */
  population: reportPopulationSchema,
  /** The disclosure threshold N the figures obey (interfaces §6). */
  threshold: z.number().int(),
  source: localizedTextSchema,
  /** Invited, complete (submitted), partial (a draft with an answer), missing; null when withheld. */
  summary: z.object({ invited: count, complete: count.nullable(), partial: count.nullable(), missing: count.nullable(), ...withheld }),
  levels: z.array(z.object({ level: z.number().int(), title: localizedTextSchema })),
  areas: z.array(reportAreaSchema),
  crosstab: crosstabSchema.nullable(),
  counties: z.array(reportCountySchema),
  /** Analysts' commentary per section key. */
  commentary: z.record(z.string(), commentarySchema),
});
export type Report = z.infer<typeof reportSchema>;
export type ReportArea = z.infer<typeof reportAreaSchema>;
export type ReportCounty = z.infer<typeof reportCountySchema>;
