import { z } from 'zod';
import { emailSchema } from './auth';
import { idParamSchema } from './ids';
import { pageQueryFields } from './paging';

/*
 * Auditors (revisorer, docs/decisions/0021): an organisation's respondent
 * invites an auditor by e-mail for a period; an accepted grant gives
 * read-only access to the organisation's data from startsOn to endsOn
 * (Swedish calendar dates, both included), checked on every request. Every
 * read is logged in the organisation's access log.
 */

const isoDate = z.iso.date();

/** The longest period a grant may run: an audit year with room on either side. */
export const MAX_GRANT_DAYS = 2 * 366;

export const auditorInviteBodySchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200).optional(),
  startsOn: isoDate,
  endsOn: isoDate,
});
export type AuditorInviteBody = z.infer<typeof auditorInviteBodySchema>;

export const AUDITOR_GRANT_STATUSES = ['invited', 'upcoming', 'active', 'ended', 'revoked'] as const;
export type AuditorGrantStatus = (typeof AUDITOR_GRANT_STATUSES)[number];

export const auditorGrantSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
  /** invited: not accepted yet; upcoming: accepted, starts later; active: may read today; ended: the period is over; revoked. */
  status: z.enum(AUDITOR_GRANT_STATUSES),
  grantedByName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  acceptedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type AuditorGrant = z.infer<typeof auditorGrantSchema>;

export const auditorGrantListSchema = z.object({ grants: z.array(auditorGrantSchema) });
export const auditorGrantResponseSchema = z.object({ grant: auditorGrantSchema });

export const auditorGrantParamsSchema = z.object({ id: idParamSchema, grantId: idParamSchema });

export const ACCESS_LOG_ACTIONS = ['auditor.granted', 'auditor.read', 'auditor.revoked'] as const;

export const accessLogQuerySchema = z.object(pageQueryFields);

export const accessLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  action: z.enum(ACCESS_LOG_ACTIONS),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  /** For a read: the address read (path without query); for a grant or revocation: the auditor's address and period. */
  path: z.string().nullable(),
  auditorEmail: z.string().nullable(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

/** Newest first; `total` counts every entry. */
export const accessLogSchema = z.object({ entries: z.array(accessLogEntrySchema), total: z.number().int() });
export type AccessLog = z.infer<typeof accessLogSchema>;
