import { z } from 'zod';
import { emailSchema, isOrganisationRole, newPasswordSchema, organisationRoleSchema, roleSchema } from './auth';
import { idParamSchema, idSchema } from './ids';
import { deliveryModeSchema } from './mail';
import { pageQueryFields } from './paging';

const roleGrantShape = z.object({
  role: roleSchema,
  organisationId: idSchema.nullable().optional(),
});

/** Respondents and viewers belong to one organisation; analysts and administrators to none. */
export const roleGrantSchema = roleGrantShape.refine((grant) => isOrganisationRole(grant.role) === (grant.organisationId != null), {
  error: 'respondent and viewer need an organisationId; analyst and admin must not have one',
  path: ['organisationId'],
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const adminInviteBodySchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200).optional(),
  roles: z.array(roleGrantSchema).min(1).max(20),
});
export type AdminInviteBody = z.infer<typeof adminInviteBodySchema>;

export const organisationInviteBodySchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200).optional(),
  role: organisationRoleSchema,
});

/**
 * An administrator's invitation. invited: a link to choose a password was
 * mailed; acceptance_requested: the account existed and was mailed a link to
 * accept with it. Either way the roles come only with the acceptance.
 */
export const inviteResultSchema = z.object({
  userId: z.number().int(),
  email: z.string(),
  outcome: z.enum(['invited', 'acceptance_requested']),
});
export type InviteResult = z.infer<typeof inviteResultSchema>;

/** A respondent's invitation: the same answer for every address, so it tells nothing about who has an account. */
/** `delivery`: whether the invitation went to the mail server or waits in the outbox (a fact of the setup, the same for every address). */
export const invitationSentSchema = z.object({ email: z.string(), delivery: deliveryModeSchema });
export type InvitationSent = z.infer<typeof invitationSentSchema>;

export const invitationTokenBodySchema = z.object({ token: z.string().min(10).max(200) });

/** What the invitation page shows the holder of the link. */
export const invitationDescriptionSchema = z.object({
  email: z.string(),
  /** true: log in with the existing account to accept; false: choose a name and password. */
  hasAccount: z.boolean(),
  roles: z.array(z.object({ role: roleSchema, organisationName: z.string().nullable() })),
  /** An auditor invitation: read-only access to one organisation for a period (docs/decisions/0021). */
  auditor: z.object({ organisationName: z.string(), startsOn: z.iso.date(), endsOn: z.iso.date() }).nullable(),
});
export type InvitationDescription = z.infer<typeof invitationDescriptionSchema>;

export const acceptInvitationBodySchema = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(200),
  password: newPasswordSchema,
});

export const passwordResetRequestBodySchema = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .transform((e) => e.toLowerCase()),
});
export const passwordResetConfirmBodySchema = z.object({
  token: z.string().min(10).max(200),
  password: newPasswordSchema,
});

export const userRoleSchema = z.object({
  id: z.number().int(),
  role: roleSchema,
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
});
export type UserRoleView = z.infer<typeof userRoleSchema>;

export const adminUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  hasPassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  pendingInvitationExpiresAt: z.string().nullable(),
  roles: z.array(userRoleSchema),
});
export type AdminUserView = z.infer<typeof adminUserSchema>;

export const userListQuerySchema = z.object({
  search: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  organisationId: idParamSchema.optional(),
  ...pageQueryFields,
});

export const userListSchema = z.object({ users: z.array(adminUserSchema), total: z.number().int() });
export const userResponseSchema = z.object({ user: adminUserSchema });
export const userRoleResponseSchema = z.object({ role: userRoleSchema });

export const userIdParamsSchema = z.object({ id: idParamSchema });
export const userRoleParamsSchema = z.object({
  id: idParamSchema,
  roleId: idParamSchema,
});
