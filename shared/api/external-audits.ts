import { z } from 'zod';
import { AREA_KEYS_2019 } from '../question-bank/types';
import { languageSchema } from '../question-bank/schema';
import { idParamSchema } from './ids';
import { actionStatusSchema } from './improvement';

/**
 * The register of external audit recommendations (issue 17, decision 0016):
 * an organisation's audits, their recommendations and a follow-up per
 * recommendation and year, as the follow-up audits municipalities receive
 * them ("åtgärdad: ja / delvis / nej" with a comment).
 */

export const RECOMMENDATION_PRIORITIES = ['high', 'medium', 'low'] as const;
export const FOLLOW_UP_OUTCOMES = ['yes', 'partly', 'no'] as const;
/** The ten areas of the question bank a recommendation can concern. */
export const AUDIT_AREA_KEYS = AREA_KEYS_2019;

export const recommendationPrioritySchema = z.enum(RECOMMENDATION_PRIORITIES);
export const followUpOutcomeSchema = z.enum(FOLLOW_UP_OUTCOMES);
export const auditAreaKeySchema = z.enum(AUDIT_AREA_KEYS);
export type RecommendationPriority = z.infer<typeof recommendationPrioritySchema>;
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;

export const TITLE_MAX_LENGTH = 200;
export const RECOMMENDATION_MAX_LENGTH = 4000;
export const COMMENT_MAX_LENGTH = 4000;
/** A follow-up's year: a survey year, written as four digits. */
export const FOLLOW_UP_YEARS = { min: 2000, max: 2100 } as const;

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);

export const externalAuditBodySchema = z.object({
  title: requiredText(TITLE_MAX_LENGTH),
  auditorFirm: requiredText(TITLE_MAX_LENGTH),
  /** The report's date, YYYY-MM-DD. */
  auditedOn: z.iso.date(),
  reportReference: optionalText(TITLE_MAX_LENGTH).default(''),
});
export type ExternalAuditBody = z.output<typeof externalAuditBodySchema>;

export const recommendationBodySchema = z.object({
  text: requiredText(RECOMMENDATION_MAX_LENGTH),
  areaKeys: z
    .array(auditAreaKeySchema)
    .min(1)
    .max(AUDIT_AREA_KEYS.length)
    .refine((keys) => new Set(keys).size === keys.length, { error: 'names an area twice' }),
  priority: recommendationPrioritySchema,
});
export type RecommendationBody = z.output<typeof recommendationBodySchema>;

export const followUpYearSchema = z.coerce.number().int().min(FOLLOW_UP_YEARS.min).max(FOLLOW_UP_YEARS.max);

export const followUpBodySchema = z.object({
  outcome: followUpOutcomeSchema,
  comment: optionalText(COMMENT_MAX_LENGTH).default(''),
});
export type FollowUpBody = z.output<typeof followUpBodySchema>;

export const registerParamsSchema = z.object({ id: idParamSchema });
export const auditParamsSchema = registerParamsSchema.extend({ auditId: idParamSchema });
export const recommendationParamsSchema = auditParamsSchema.extend({ recommendationId: idParamSchema });
export const followUpParamsSchema = recommendationParamsSchema.extend({ year: followUpYearSchema });
export const actionLinkParamsSchema = recommendationParamsSchema.extend({ actionId: idParamSchema });
/** Linking names the action's version as the user saw it: an action changed meanwhile answers 409 `version_conflict`. */
export const actionLinkBodySchema = z.object({ version: z.number().int().min(1) });
export type ActionLinkBody = z.output<typeof actionLinkBodySchema>;
export const actionUnlinkQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const followUpSchema = z.object({
  year: z.number().int(),
  outcome: followUpOutcomeSchema,
  comment: z.string(),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** An action of the organisation's plan linked to a recommendation, as the register shows it (the plan has the rest). */
export const linkedActionSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  status: actionStatusSchema,
  areaKey: z.string(),
  plannedInYear: z.number().int(),
  /** The action's version: linking and unlinking name it (409 `version_conflict` when stale). */
  version: z.number().int(),
});
export type LinkedAction = z.infer<typeof linkedActionSchema>;

/** A recommendation, with the plan's actions linked to it (audit_recommendation_action). */
export const recommendationSchema = z.object({
  id: z.number().int(),
  auditId: z.number().int(),
  text: z.string(),
  areaKeys: z.array(auditAreaKeySchema),
  priority: recommendationPrioritySchema,
  /** Oldest year first. */
  followUps: z.array(followUpSchema),
  /** Linked actions of the plan, in the order they were planned. */
  actions: z.array(linkedActionSchema),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const externalAuditSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  title: z.string(),
  auditorFirm: z.string(),
  auditedOn: z.iso.date(),
  reportReference: z.string(),
  recommendations: z.array(recommendationSchema),
});
export type ExternalAudit = z.infer<typeof externalAuditSchema>;

/** The whole register, newest audit first, with the areas a recommendation can name (titles from the newest question bank). */
export const auditRegisterSchema = z.object({
  organisationId: z.number().int(),
  areas: z.array(z.object({ key: auditAreaKeySchema, title: z.string() })),
  audits: z.array(externalAuditSchema),
});
export const registerQuerySchema = z.object({ lang: languageSchema.default('sv') });
export type AuditRegister = z.infer<typeof auditRegisterSchema>;

export const registerExportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: languageSchema.default('sv') });

/** The register's CSV file, version 1 (docs/audit-register-csv.md): one line per follow-up, recommendation or audit. */
export const REGISTER_CSV_COLUMNS = [
  'audit_title',
  'auditor_firm',
  'audited_on',
  'report_reference',
  'recommendation',
  'areas',
  'priority',
  'follow_up_year',
  'outcome',
  'comment',
] as const;
export type RegisterCsvColumn = (typeof REGISTER_CSV_COLUMNS)[number];

/** What an import did; `unchanged` counts the audits, recommendations and follow-ups of the file the register already held exactly. */
export const registerImportResultSchema = z.object({
  rows: z.number().int(),
  auditsCreated: z.number().int(),
  auditsUpdated: z.number().int(),
  recommendationsCreated: z.number().int(),
  recommendationsUpdated: z.number().int(),
  followUpsWritten: z.number().int(),
  unchanged: z.number().int(),
});
export type RegisterImportResult = z.infer<typeof registerImportResultSchema>;
