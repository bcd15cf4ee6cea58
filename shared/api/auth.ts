import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';
import { ORGANISATION_ROLES, ROLES } from './roles';

export { ORGANISATION_ROLES, ROLES, isOrganisationRole } from './roles';
export const roleSchema = z.enum(ROLES);
export const organisationRoleSchema = z.enum(ORGANISATION_ROLES);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .email({ error: 'must be a valid e-mail address' })
  .max(254)
  .transform((email) => email.toLowerCase());

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { error: `must be at most ${PASSWORD_MAX_LENGTH} characters` });

export const loginBodySchema = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1).max(200),
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

/** POST /api/auth/sessions/revoke-others takes no body and answers 204 without one. */
export const revokeOtherSessionsResponseSchema = z.null();

export const sessionRoleSchema = z.object({
  role: roleSchema,
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
});

/** An auditor grant active today (docs/decisions/0021): read-only access to one organisation until `endsOn`. */
export const auditorAccessSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
});

/** An organisation the user may read because one of their organisations (a kommun) is its group. */
export const groupMemberAccessSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  groupId: z.number().int(),
});

export const sessionUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  roles: z.array(sessionRoleSchema),
  /** Read-only access as an auditor, checked by date on every request. */
  auditorOf: z.array(auditorAccessSchema),
  /** Read-only access through the group view. */
  groupMembers: z.array(groupMemberAccessSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema });
