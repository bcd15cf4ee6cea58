import { z } from 'zod';
import { emailSchema, newPasswordSchema } from './auth';
import { organisationTypeSchema } from './organisations';
import { questionBankFileSchema } from '../question-bank/schema';
import { idParamSchema, idSchema } from './ids';
import { deliveryModeSchema } from './mail';
import { pageQueryFields } from './paging';
import { RESPONSE_STATUSES } from './response-statuses';

const isoDateTime = z.iso.datetime({ offset: true });
const countyCodeSchema = z.string().regex(/^\d{2}$/, { error: 'must be a two-digit county code' });

/** An organisation as the round pages name it. */
export const organisationRefSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

export const organisationIdParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  organisationId: idParamSchema,
});

// ---- Invitations -----------------------------------------------------------

/** Whom to invite: every municipality, organisations matching type and/or county, or a list of codes. */
export const invitationSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('municipalities') }),
  z.object({ kind: z.literal('filter'), type: organisationTypeSchema.optional(), county: countyCodeSchema.optional() }),
  z.object({ kind: z.literal('codes'), codes: z.array(z.string().trim().min(1).max(20)).min(1).max(2000) }),
]);
export type InvitationSelection = z.infer<typeof invitationSelectionSchema>;

export const inviteBodySchema = z
  .object({
    selection: invitationSelectionSchema,
    /** Mail each newly invited organisation a registration link (default true). */
    sendMail: z.boolean().default(true),
  })
  .strict();
export type InviteBody = z.input<typeof inviteBodySchema>;

export const inviteResultSchema = z.object({
  /** Organisations invited by this call. */
  invited: z.number().int(),
  /** Selected organisations that were invited before; they get no new mail. */
  alreadyInvited: z.number().int(),
  /** Invitation mails written to the outbox. */
  mailed: z.number().int(),
  /** Whether those mails were handed to the mail server or wait in the outbox. */
  delivery: deliveryModeSchema,
  /** Newly invited organisations without a contact address: nobody was mailed. */
  withoutContact: z.array(organisationRefSchema),
  /** Codes in the list that match no organisation; nothing was done for them. */
  unknownCodes: z.array(z.string()),
});
export type InviteResult = z.infer<typeof inviteResultSchema>;

/** Withdrawing one organisation's invitation: possible until it starts answering. */
export const withdrawInvitationResultSchema = z.object({
  organisation: organisationRefSchema,
  /** Unused registration links of the invitation that stopped working. */
  revokedLinks: z.number().int(),
});
export type WithdrawInvitationResult = z.infer<typeof withdrawInvitationResultSchema>;

/** Overrides the configured minimum hours since an organisation was last mailed about the round. */
const minIntervalHoursSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 60)
  .optional();

export const resendInvitationBodySchema = z
  .object({
    /** Overrides the configured minimum hours since the organisation was last mailed about the round (as for reminders). */
    minIntervalHours: minIntervalHoursSchema,
  })
  .strict();
export type ResendInvitationBody = z.infer<typeof resendInvitationBodySchema>;

export const resendInvitationResultSchema = z.object({
  organisation: organisationRefSchema,
  /** The contact address the invitation went to. */
  to: z.string(),
  intervalHours: z.number().int(),
  delivery: deliveryModeSchema,
});
export type ResendInvitationResult = z.infer<typeof resendInvitationResultSchema>;

/** The `details` of a 409 `recently_mailed`: when the organisation was last mailed and when a resend is possible. */
export const recentlyMailedDetailsSchema = z.object({ lastMailedAt: isoDateTime, nextAllowedAt: isoDateTime, intervalHours: z.number().int() });
export type RecentlyMailedDetails = z.infer<typeof recentlyMailedDetailsSchema>;

// ---- Monitoring ------------------------------------------------------------

export const responseProgressSchema = z.enum(RESPONSE_STATUSES);
export type ResponseProgress = z.infer<typeof responseProgressSchema>;

export const monitorOrganisationSchema = organisationRefSchema.extend({
  type: organisationTypeSchema,
  countyCode: z.string().nullable(),
  contactEmail: z.string().nullable(),
  status: responseProgressSchema,
  areasAnswered: z.number().int(),
  lastActivityAt: isoDateTime.nullable(),
  /** Name (or e-mail) of whoever changed the response last. */
  lastActivityBy: z.string().nullable(),
  submittedAt: isoDateTime.nullable(),
  lastReminderAt: isoDateTime.nullable(),
  /** People holding the respondent role for the organisation. */
  respondents: z.number().int(),
});
export type MonitorOrganisation = z.infer<typeof monitorOrganisationSchema>;

/** Counts at the end of one day of the window (Swedish time); on the last day they equal the totals. */
export const timelinePointSchema = z.object({
  date: z.string(),
  /** Responses started so far, submitted or not. */
  started: z.number().int(),
  /** Started but not submitted at the end of the day: the totals' `draft`. */
  draft: z.number().int(),
  submitted: z.number().int(),
});
export type TimelinePoint = z.infer<typeof timelinePointSchema>;

/** Which invited organisations the monitor lists: filters, a search in name and code, and a page. Totals and timeline always cover the whole round. */
export const monitorQuerySchema = z.object({
  status: responseProgressSchema.optional(),
  county: countyCodeSchema.optional(),
  type: organisationTypeSchema.optional(),
  q: z.string().trim().max(100).optional(),
  ...pageQueryFields,
});
export type MonitorQuery = z.infer<typeof monitorQuerySchema>;

export const monitorSchema = z.object({
  year: z.number().int(),
  areasTotal: z.number().int(),
  totals: z.object({
    invited: z.number().int(),
    notStarted: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    /** submitted / invited, 0 when nobody is invited. */
    responseRate: z.number(),
  }),
  /** One page of the organisations matching the query, by name. */
  organisations: z.array(monitorOrganisationSchema),
  /** Organisations matching the query on every page. */
  matching: z.number().int(),
  timeline: z.array(timelinePointSchema),
});
export type Monitor = z.infer<typeof monitorSchema>;

// ---- Reminders -------------------------------------------------------------

export const reminderBodySchema = z
  .object({
    /** Only these organisations (still only those not submitted); all invited when left out. */
    organisationIds: z.array(idSchema).min(1).max(2000).optional(),
    /** Overrides the configured minimum hours since the organisation was last mailed about the round (invitation or reminder). */
    minIntervalHours: minIntervalHoursSchema,
    /** A personal note put first in the message. */
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ReminderBody = z.infer<typeof reminderBodySchema>;

/** recently_invited / recently_reminded: an invitation mail (first or resent) or a reminder went out within the interval. */
export const reminderSkipReasonSchema = z.enum(['submitted', 'recently_reminded', 'recently_invited', 'no_address', 'not_invited']);
export type ReminderSkipReason = z.infer<typeof reminderSkipReasonSchema>;

export const reminderPlanSchema = z.object({
  subject: z.string(),
  /** The message as a recipient reads it (the link shown as a placeholder). */
  text: z.string(),
  intervalHours: z.number().int(),
  recipients: z.array(organisationRefSchema.extend({ addresses: z.array(z.string()) })),
  skipped: z.array(organisationRefSchema.extend({ reason: reminderSkipReasonSchema })),
});
export type ReminderPlan = z.infer<typeof reminderPlanSchema>;

/** `sent` counts the reminder mails written; `delivery` says whether they went to the mail server or wait in the outbox. */
export const reminderResultSchema = reminderPlanSchema.extend({ sent: z.number().int(), delivery: deliveryModeSchema });
export type ReminderResult = z.infer<typeof reminderResultSchema>;

// ---- Reopening a submitted response ----------------------------------------

export const reopenBodySchema = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
export const reopenResultSchema = z.object({ organisationId: z.number().int(), status: z.literal('draft'), version: z.number().int() });

// ---- Registration through an organisation's invitation link ----------------

export const registrationTokenBodySchema = z.object({ token: z.string().min(10).max(200) });

export const registrationInfoSchema = z.object({
  organisationName: z.string(),
  year: z.number().int(),
  expiresAt: isoDateTime,
});

/** Logged in: the link adds the respondent role to you. Otherwise `account` creates one. */
export const registrationBodySchema = registrationTokenBodySchema.extend({
  account: z.object({ email: emailSchema, name: z.string().trim().min(1).max(200), password: newPasswordSchema }).optional(),
});
export type RegistrationBody = z.infer<typeof registrationBodySchema>;

export const registrationResultSchema = z.object({
  outcome: z.enum(['registered', 'role_added']),
  organisationName: z.string(),
});
export type RegistrationResult = z.infer<typeof registrationResultSchema>;

// ---- Question-bank versions ------------------------------------------------

export const bankVersionKeySchema = z.string().regex(/^\d{4}\.\d+$/, { error: 'must look like 2026.1' });
export const bankVersionParamsSchema = z.object({ version: bankVersionKeySchema });

export const bankVersionSummarySchema = z.object({
  version: z.string(),
  createdAt: isoDateTime,
  /** Set once a round on this version opened: it can no longer be edited. */
  frozenAt: isoDateTime.nullable(),
  /** Years of the rounds created on this version. */
  rounds: z.array(z.number().int()),
});
export type BankVersionSummary = z.infer<typeof bankVersionSummarySchema>;
export const bankVersionListSchema = z.object({ versions: z.array(bankVersionSummarySchema) });

export const copyBankVersionBodySchema = z.object({ from: bankVersionKeySchema, version: bankVersionKeySchema }).strict();

/** A whole bank version in the file format of shared/question-bank (both languages, scales, rule). */
export const bankVersionDocumentSchema = questionBankFileSchema;
