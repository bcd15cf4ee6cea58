import { z } from 'zod';
import { idParamSchema } from './ids';
import { yearSchema } from './rounds';

/** An action's status: planerad / pågår / klar / stoppad. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'stopped'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** A later round's verdict on an action: ja / delvis / nej. */
export const FOLLOW_UP_OUTCOMES = ['yes', 'partly', 'no'] as const;
export const followUpOutcomeSchema = z.enum(FOLLOW_UP_OUTCOMES);
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;

export const ACTION_TITLE_MAX = 2000;
export const ACTION_FIELD_MAX = 500;
export const FOLLOW_UP_COMMENT_MAX = 2000;

const areaKeySchema = z.string().trim().min(1).max(100);
const dateSchema = z.iso.date();

export const actionParamsSchema = z.object({ id: idParamSchema, actionId: idParamSchema });
export const followUpParamsSchema = actionParamsSchema.extend({ year: yearSchema });

export const actionListQuerySchema = z.object({
  /** Only actions planned from this round's results. */
  year: yearSchema.optional(),
  area: areaKeySchema.optional(),
});

/** What the organisation can edit on an action. */
const actionFields = {
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX),
  responsible: z.string().trim().max(ACTION_FIELD_MAX).default(''),
  dueOn: dateSchema.nullable().default(null),
  status: actionStatusSchema.default('planned'),
  evidence: z.string().trim().max(ACTION_FIELD_MAX).default(''),
};

export const createActionSchema = z.object({
  areaKey: areaKeySchema,
  /** The round whose results the action answers. */
  plannedInYear: z.number().int().min(2000).max(2100),
  /** The guidance level "till nivå N" it starts from; absent for an own action. */
  guidanceTargetLevel: z.number().int().min(2).max(4).nullable().default(null),
  ...actionFields,
  /** A recommendation of the organisation's register the new action answers: linked in the same change (decision 0020). */
  recommendationId: z.number().int().min(1).optional(),
});
export type CreateAction = z.input<typeof createActionSchema>;

export const updateActionSchema = z.object({
  /** The version the editor loaded: a stale one answers 409 `version_conflict`. */
  version: z.number().int().min(1),
  title: actionFields.title,
  responsible: z.string().trim().max(ACTION_FIELD_MAX),
  dueOn: dateSchema.nullable(),
  status: actionStatusSchema,
  evidence: z.string().trim().max(ACTION_FIELD_MAX),
});
export type UpdateAction = z.input<typeof updateActionSchema>;

export const followUpSchema = z.object({
  roundYear: z.number().int(),
  outcome: followUpOutcomeSchema,
  comment: z.string(),
  recordedAt: z.iso.datetime({ offset: true }),
  recordedBy: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** A recommendation of the register linked to an action (audit_recommendation_action), as the plan shows it. */
export const actionRecommendationSchema = z.object({
  id: z.number().int(),
  auditId: z.number().int(),
  auditTitle: z.string(),
  text: z.string(),
  /** The recommendation's linked actions that are neither done nor stopped, this one included: 0 once the last one is closed. */
  openActions: z.number().int(),
  /** The register's newest follow-up of the recommendation. */
  latestFollowUp: z.object({ year: z.number().int(), outcome: followUpOutcomeSchema, comment: z.string() }).nullable(),
});
export type ActionRecommendation = z.infer<typeof actionRecommendationSchema>;

export const actionSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  areaKey: z.string(),
  plannedInYear: z.number().int(),
  title: z.string(),
  responsible: z.string(),
  dueOn: z.string().nullable(),
  status: actionStatusSchema,
  evidence: z.string(),
  origin: z.enum(['guidance', 'own']),
  guidanceTargetLevel: z.number().int().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
  /** Oldest first. */
  followUps: z.array(followUpSchema),
  /** The register's recommendations this action answers, newest audit first. */
  recommendations: z.array(actionRecommendationSchema),
});
export type ImprovementAction = z.infer<typeof actionSchema>;

export const actionListSchema = z.object({
  organisationId: z.number().int(),
  /** Whether the caller may change the plan (the organisation's respondents). */
  canEdit: z.boolean(),
  actions: z.array(actionSchema),
});
export type ActionList = z.infer<typeof actionListSchema>;

export const deleteActionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const recordFollowUpSchema = z.object({
  outcome: followUpOutcomeSchema,
  comment: z.string().trim().max(FOLLOW_UP_COMMENT_MAX).default(''),
});
export type RecordFollowUp = z.input<typeof recordFollowUpSchema>;

/** Analysts' view of a closed round: shares only, each withheld (null with a reason) when too few organisations stand behind it. */
const shareSchema = z.object({
  share: z.number().nullable(),
  /** Organisations behind the figure; null when withheld. */
  organisations: z.number().int().nullable(),
  /** small_group: too few organisations behind it or its complement; open_round: nothing before the round closes (§6 rule 4); no_snapshot: the round closed before plans were recorded. */
  suppressed: z.enum(['small_group', 'open_round', 'no_snapshot']).nullable(),
});
export type ImprovementShare = z.infer<typeof shareSchema>;

export const roundImprovementSchema = z.object({
  year: z.number().int(),
  /** When the snapshot was taken (the round's close); null before it closes. */
  takenAt: z.iso.datetime({ offset: true }).nullable(),
  threshold: z.number().int(),
  areas: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      /** Share of the round's invited organisations that had an action plan for the area going into the round. */
      withPlan: shareSchema,
      /** Share of the previous round's actions for the area marked done (ja) in this round. */
      actionsDone: shareSchema,
    }),
  ),
});
export type RoundImprovement = z.infer<typeof roundImprovementSchema>;
export const roundImprovementQuerySchema = z.object({ lang: z.enum(['sv', 'en']).default('sv') });
