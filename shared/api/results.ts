import { z } from 'zod';
import { languageSchema } from '../question-bank/schema';
import { organisationTypeSchema } from './organisations';
import { yearSchema } from './rounds';
import { RESPONSE_STATUSES } from './response-statuses';

// ---------------------------------------------------------------------------
// Filters shared by aggregates, cross-tabulation, trends and their exports.
// ---------------------------------------------------------------------------

const attributeName = z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'must be a lower-case attribute name');

/**
 * `attribute` + `value` select organisations by a grouping attribute
 * (organisation_attribute), e.g. `attribute=kommungrupp&value=B3`; both or neither.
 */
const resultFilterFields = z.object({
  include: z.enum(['drafts']).optional(),
  county: z
    .string()
    .regex(/^\d{2}$/, 'must be a two-digit county code')
    .optional(),
  orgType: organisationTypeSchema.optional(),
  attribute: attributeName.optional(),
  value: z.string().min(1).max(200).optional(),
});

const attributeWithValue = <T extends { attribute?: string | undefined; value?: string | undefined }>(q: T) =>
  (q.attribute === undefined) === (q.value === undefined);
const attributeWithValueError = { message: 'give attribute and value together', path: ['value'] };

export const resultFiltersSchema = resultFilterFields.refine(attributeWithValue, attributeWithValueError);
export type ResultFilters = z.infer<typeof resultFiltersSchema>;

export const roundYearParams = z.object({ year: yearSchema });

/** The filter values that exist, so the page offers choices rather than free text. */
export const filterOptionsSchema = z.object({
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
  orgTypes: z.array(organisationTypeSchema),
  attributes: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
});
export type FilterOptions = z.infer<typeof filterOptionsSchema>;

// ---------------------------------------------------------------------------
// Aggregates (docs: interfaces §2)
// ---------------------------------------------------------------------------

const count = z.number().int().min(0);

/**
 * Why a figure is withheld (interfaces §6): too few organisations behind it,
 * it would let someone subtract views down to a small group, or the round
 * is still open. A withheld figure is null, never 0.
 */
export const suppressedReasonSchema = z.enum(['small_group', 'differencing', 'open_round']);
export type SuppressedReason = z.infer<typeof suppressedReasonSchema>;
const withheld = { suppressed: z.boolean(), suppressedReason: suppressedReasonSchema.nullable() };

export const levelCountsSchema = z.object({ '1': count, '2': count, '3': count, '4': count });
export type LevelCounts = z.infer<typeof levelCountsSchema>;

export const areaAggregateSchema = z.object({
  key: z.string(),
  answered: count.nullable(),
  yes: count.nullable(),
  no: count.nullable(),
  followup: z.record(z.string(), count).nullable(),
  levels: levelCountsSchema.nullable(),
  ...withheld,
});
export type AreaAggregate = z.infer<typeof areaAggregateSchema>;

export const aggregatesSchema = z.object({
  year: z.number().int(),
  /** Invited organisations that match the filters: the group's size, public knowledge, never suppressed. */
  invited: count,
  responses: z.object({ submitted: count, draft: count, notStarted: count }).nullable(),
  /** The group's count itself is withheld: `responses` is null (areas say for themselves). */
  ...withheld,
  areas: z.array(areaAggregateSchema),
});
export type Aggregates = z.infer<typeof aggregatesSchema>;

export const crosstabQuerySchema = resultFilterFields
  .extend({ a: z.string().min(1).max(50), b: z.string().min(1).max(50) })
  .refine(attributeWithValue, attributeWithValueError);

export const crosstabSchema = z.object({
  year: z.number().int(),
  a: z.string(),
  b: z.string(),
  ...withheld,
  cells: z.object({ 'yes|yes': count, 'yes|no': count, 'no|yes': count, 'no|no': count }).nullable(),
});
export type Crosstab = z.infer<typeof crosstabSchema>;

// ---------------------------------------------------------------------------
// Trends across rounds
// ---------------------------------------------------------------------------

export const trendAreaSchema = z.object({
  key: z.string(),
  answered: count.nullable(),
  yes: count.nullable(),
  levels: levelCountsSchema.nullable(),
  ...withheld,
});

export const trendYearSchema = z.object({
  year: z.number().int(),
  bankVersion: z.string(),
  invited: count,
  /** Responses counted (submitted, plus drafts with include=drafts). */
  counted: count.nullable(),
  ...withheld,
  areas: z.array(trendAreaSchema),
});

export const trendsSchema = z.object({ years: z.array(trendYearSchema) });
export type Trends = z.infer<typeof trendsSchema>;

// ---------------------------------------------------------------------------
// Response status of invited organisations (for follow-up calls)
// ---------------------------------------------------------------------------

export const responseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatusValue = z.infer<typeof responseStatusSchema>;

export const statusListQuerySchema = z.object({
  county: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  orgType: organisationTypeSchema.optional(),
  status: responseStatusSchema.optional(),
});

export const statusListSchema = z.object({
  year: z.number().int(),
  areas: z.number().int(),
  organisations: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      countyCode: z.string().nullable(),
      countyName: z.string().nullable(),
      status: responseStatusSchema,
      areasAnswered: count,
      submittedAt: z.iso.datetime({ offset: true }).nullable(),
      lastActivityAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
});
export type StatusList = z.infer<typeof statusListSchema>;

// ---------------------------------------------------------------------------
// Aggregate exports
// ---------------------------------------------------------------------------

export const aggregatesExportQuerySchema = resultFilterFields
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: languageSchema.default('sv') })
  .refine(attributeWithValue, attributeWithValueError);

// ---------------------------------------------------------------------------
// One organisation's results
// ---------------------------------------------------------------------------

export const organisationResultsQuerySchema = z.object({
  year: yearSchema.optional(),
  lang: languageSchema.default('sv'),
  /** The grouping attribute for the third comparison; kommungrupp by default. */
  groupBy: attributeName.default('kommungrupp'),
});

export const comparisonGroupSchema = z.object({
  /** national: all organisations of the same type; county: of the same type in its county; attribute: sharing its grouping attribute value. */
  kind: z.enum(['national', 'county', 'attribute']),
  /** The county's name or the attribute's value; null for national. */
  name: z.string().nullable(),
  attribute: z.string().nullable(),
  /** Responses counted in the group (submitted and partial, the published basis); null when withheld. */
  counted: count.nullable(),
  ...withheld,
});
export type ComparisonGroup = z.infer<typeof comparisonGroupSchema>;

export const areaResultSchema = z.object({
  key: z.string(),
  title: z.string(),
  main: z.enum(['yes', 'no']).nullable(),
  followup: z.string().nullable(),
  followupLabel: z.string().nullable(),
  level: z.number().int().min(1).max(4).nullable(),
  /** What reaching the next level takes; null at level 4. */
  nextStep: z.object({ toLevel: z.number().int(), text: z.string() }).nullable(),
  /** Level distribution per comparison group, in the order of `comparisons`; null when withheld. */
  comparison: z.array(levelCountsSchema.nullable()),
  /** Why each comparison of this area is withheld, in the same order; null where shown. */
  comparisonReasons: z.array(suppressedReasonSchema.nullable()),
});

export const summarySchema = z.object({
  medianLevel: z.number().int().nullable(),
  targetLevel: z.number().int(),
  atOrAboveTarget: count,
  scored: count,
  areas: count,
});

export const historyEntrySchema = z.object({
  year: z.number().int(),
  bankVersion: z.string(),
  /** The question bank differs from the previous entry's: levels may not be comparable one to one. */
  bankChanged: z.boolean(),
  status: z.enum(['submitted', 'draft']),
  levels: z.record(z.string(), z.number().int().nullable()),
  summary: summarySchema,
});

export const organisationResultsSchema = z.object({
  organisation: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    type: organisationTypeSchema,
    countyName: z.string().nullable(),
  }),
  year: z.number().int(),
  roundState: z.string(),
  bankVersion: z.string(),
  /** Years with a round the organisation was invited to, newest first: the year picker. */
  availableYears: z.array(z.number().int()),
  status: responseStatusSchema,
  /** True when the levels come from saved answers that were never submitted. */
  isDraft: z.boolean(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  levelTexts: z.array(z.object({ level: z.number().int(), title: z.string(), description: z.string() })),
  summary: summarySchema,
  comparisons: z.array(comparisonGroupSchema),
  areas: z.array(areaResultSchema),
  history: z.array(historyEntrySchema),
});
export type OrganisationResults = z.infer<typeof organisationResultsSchema>;

// ---------------------------------------------------------------------------
// Response import (interfaces §3)
// ---------------------------------------------------------------------------

export const responseImportResultSchema = z.object({
  year: z.number().int(),
  rows: count,
  invited: count,
  submitted: count,
  draft: count,
  notStarted: count,
  /** Organisations whose status or answers the file changed. */
  changed: count,
  unchanged: count,
});
export type ResponseImportResult = z.infer<typeof responseImportResultSchema>;
