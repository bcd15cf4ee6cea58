import { z } from 'zod';
import { mainAnswerSchema } from '../scoring/answers';
import { scoringRuleSchema } from '../scoring/rule';
import { roundStateSchema, yearSchema } from './rounds';
import { idParamSchema } from './ids';
import { RESPONSE_STATUSES } from './response-statuses';

const isoDateTime = z.iso.datetime({ offset: true });

/** Area and option keys as the question bank spells them; the server checks them against the round's bank. */
export const areaKeySchema = z.string().regex(/^[a-z0-9_]{1,50}$/, { error: 'must be an area key of the question bank' });

export const responseParamsSchema = z.object({
  year: yearSchema,
  organisationId: idParamSchema,
});
export const areaParamsSchema = responseParamsSchema.extend({ areaKey: areaKeySchema });

/** The hard ceiling of a comment; the round's question bank may set a lower one (checked by the server). */
export const COMMENT_MAX_LENGTH = 10_000;

/** One area's answer as the respondent edits it: the fields a save carries. */
export const areaDraftSchema = z.object({
  main: mainAnswerSchema.nullable(),
  /** Only meaningful under main "yes": the server clears it otherwise. */
  followup: z.string().max(50).nullable(),
  comment: z.string().max(COMMENT_MAX_LENGTH).nullable(),
});
export type AreaDraft = z.infer<typeof areaDraftSchema>;

export const saveAreaBodySchema = areaDraftSchema
  .extend({
    /** The response version the change was made on; a stale one gets 409. */
    version: z.number().int().min(0),
    /** Keep a carried-over answer as it is and mark it as confirmed. */
    confirmCarriedOver: z.boolean().optional(),
  })
  .strict();
export type SaveAreaBody = z.infer<typeof saveAreaBodySchema>;

export const versionBodySchema = z.object({ version: z.number().int().min(0) }).strict();

const personSchema = z.object({ id: z.number().int(), name: z.string() });

export const storedAnswerSchema = areaDraftSchema.extend({
  /** Copied from last year's answers and not yet confirmed or changed. */
  carriedOver: z.boolean(),
  updatedAt: isoDateTime,
  updatedBy: personSchema.nullable(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

export const responseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof responseStatusSchema>;

export const submissionSummarySchema = z.object({
  id: z.number().int(),
  submittedAt: isoDateTime,
  submittedBy: personSchema.nullable(),
});

const organisationRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

export const surveyResponseSchema = z.object({
  year: z.number().int(),
  organisation: organisationRefSchema,
  status: responseStatusSchema,
  /** 0 before the first save; grows on every change. Send it with each write. */
  version: z.number().int(),
  roundState: roundStateSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  /** The organisation is invited to the round: only then can it answer. */
  invited: z.boolean(),
  /** The round accepts answers now (open and inside its window). */
  acceptingAnswers: z.boolean(),
  /** The caller may change this response now: respondent of the organisation, invited, round accepting answers. */
  canWrite: z.boolean(),
  submittedAt: isoDateTime.nullable(),
  submittedBy: personSchema.nullable(),
  updatedAt: isoDateTime.nullable(),
  /** Answers by area key; an area without an entry is unanswered. */
  answers: z.record(z.string(), storedAnswerSchema),
  /** Every submission, newest first. */
  submissions: z.array(submissionSummarySchema),
  /** The year whose answers "start from last year's answers" would copy, if any. */
  carryOverFromYear: z.number().int().nullable(),
  /** The round's scoring rule, so the page can preview levels as the respondent answers. */
  scoringRule: scoringRuleSchema,
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/**
 * One event in a response's history: a submission, or a reopening (by a
 * respondent, or by an administrator on the organisation's request).
 * `by` is null when nobody is named: an imported submission, or a person
 * whose account has been removed.
 */
export const responseEventSchema = z.object({
  kind: z.enum(['submitted', 'reopened']),
  at: isoDateTime,
  by: personSchema.nullable(),
  byAdministrator: z.boolean(),
});
export type ResponseEvent = z.infer<typeof responseEventSchema>;

/** Who submitted and reopened the response, and when: newest first. */
export const responseHistorySchema = z.object({ events: z.array(responseEventSchema) });
export type ResponseHistory = z.infer<typeof responseHistorySchema>;

export const saveAreaResultSchema = z.object({
  version: z.number().int(),
  status: responseStatusSchema,
  areaKey: z.string(),
  answer: storedAnswerSchema,
});
export type SaveAreaResult = z.infer<typeof saveAreaResultSchema>;

/** details of a 409 `version_conflict`: what the server holds now, so the page can show what changed. */
export const versionConflictDetailsSchema = z.object({
  currentVersion: z.number().int(),
  areaKey: z.string().nullable(),
  serverAnswer: storedAnswerSchema.nullable(),
});
export type VersionConflictDetails = z.infer<typeof versionConflictDetailsSchema>;

/** details of a 409 `unconfirmed_answers` on submit: the areas still carried over from last year, to confirm or change first. */
export const unconfirmedAnswersDetailsSchema = z.object({ areas: z.array(z.string()) });
export type UnconfirmedAnswersDetails = z.infer<typeof unconfirmedAnswersDetailsSchema>;

export const carryOverResultSchema = z.object({
  fromYear: z.number().int(),
  copiedAreas: z.array(z.string()),
  response: surveyResponseSchema,
});
export type CarryOverResult = z.infer<typeof carryOverResultSchema>;

export const myRoundSchema = z.object({
  year: z.number().int(),
  roundState: roundStateSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  acceptingAnswers: z.boolean(),
  organisation: organisationRefSchema,
  invited: z.boolean(),
  status: responseStatusSchema,
  /** Answered by the organisation this round; carried-over answers count only once confirmed or changed. */
  answeredAreas: z.number().int(),
  /** Carried over from last year and not yet confirmed or changed (areaProgress in response-rules.ts). */
  unconfirmedAreas: z.number().int(),
  totalAreas: z.number().int(),
  submittedAt: isoDateTime.nullable(),
  canWrite: z.boolean(),
});
export type MyRound = z.infer<typeof myRoundSchema>;
export const myRoundsResponseSchema = z.object({ rounds: z.array(myRoundSchema) });
export type MyRoundsResponse = z.infer<typeof myRoundsResponseSchema>;
