import type { FastifyBaseLogger } from 'fastify';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '#server/audit/actor';
import type { Config } from '#server/config';
import type { Database, Role } from '#server/db/schema';
import type { RoleGrant } from '#shared/api/users';
import { recordAudit } from '#server/audit/repository';
import { conflict, HttpError, validationFailed } from '#server/errors';
import { queueMail } from '#server/mail/mailer';
import { invitationMail, link, type RoleLine } from '#server/mail/templates';
import { addRole, findUserByEmail, insertUser, setPassword, setUserName } from '#server/users/repository';
import { acceptWithAccountMail } from './invitation-mail';
import { hashPassword, passwordProblem } from './passwords';
import { isoDate } from './reader-access';
import { hashToken, newSecretToken } from './tokens';
import { expireOpenTokens, TOKEN_LIFETIME_MS, tokenErrors } from './user-tokens';

export type AccountDeps = { db: Kysely<Database>; config: Config; log: FastifyBaseLogger };

export const INVITATION_PATH = '/inbjudan';

type Grant = { role: Role; organisationId: number | null };

/**
 * What happened, for the caller to disclose or not: administrators may see
 * it (they list users anyway); a respondent gets the same answer for every
 * address (docs/decisions/0009).
 */
export type InviteOutcome = {
  userId: number | null;
  email: string;
  outcome: 'invited' | 'acceptance_requested' | 'account_disabled';
  /** The outbox message to deliver after the answer, or null. */
  mailId: number | null;
};

/**
 * Invites a person by e-mail to roles. Nothing is granted here: a new person
 * (or one who never set a password) gets a link to choose a password, an
 * existing account a link to accept with it, and the roles come with the
 * acceptance. The invitation belongs to its inviter and roles: a new one
 * replaces only the same inviter's pending invitation to the same roles.
 */
export async function inviteUser(
  deps: AccountDeps,
  actor: Actor,
  input: { email: string; name?: string | undefined; roles: RoleGrant[]; auditor?: AuditorPeriod },
): Promise<InviteOutcome> {
  const grants: Grant[] = input.roles.map((r) => ({ role: r.role, organisationId: r.organisationId ?? null }));
  const email = input.email.toLowerCase();
  return deps.db.transaction().execute(async (trx) => {
    const names = await organisationNames(trx, grants);
    const organisationId = input.auditor?.organisationId ?? grants.find((g) => g.organisationId !== null)?.organisationId ?? null;
    const existing = await findUserByEmail(trx, email);
    if (existing?.disabled_at) {
      await recordAudit(trx, {
        actorUserId: actor.id,
        action: 'user.invitation_not_sent',
        organisationId,
        ip: actor.ip,
        details: { userId: existing.id, email, roles: grants, reason: 'account_disabled' },
      });
      return { userId: existing.id, email, outcome: 'account_disabled', mailId: null };
    }
    const user = existing ?? (await createInvitee(trx, actor, email, input.name));
    const hasAccount = existing?.password_hash != null;

    // The same inviter's pending invitation to the same roles is replaced (an auditor's, by createAuditorGrant).
    if (!input.auditor) {
      await trx
        .updateTable('account_invitation')
        .set({ revoked_at: sql<Date>`now()` })
        .where('user_id', '=', user.id)
        .where('invited_by', '=', actor.id)
        .where(sql<boolean>`grants = ${JSON.stringify(grants)}::jsonb`)
        .where('auditor_grant_id', 'is', null)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
    }
    const auditorGrantId = input.auditor ? await createAuditorGrant(trx, actor, user.id, email, input.auditor) : null;
    const { token, hash } = newSecretToken();
    const { id: invitationId } = await trx
      .insertInto('account_invitation')
      .values({
        user_id: user.id,
        grants: JSON.stringify(grants),
        invited_by: actor.id,
        organisation_id: organisationId,
        auditor_grant_id: auditorGrantId,
        token_hash: hash,
        expires_at: new Date(Date.now() + TOKEN_LIFETIME_MS.invitation),
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const lines: RoleLine[] = grants.map((g) => ({ role: g.role, organisationName: g.organisationId ? names.get(g.organisationId)! : null }));
    if (input.auditor) lines.push({ role: 'auditor', organisationName: input.auditor.organisationName, period: input.auditor });
    const template = hasAccount ? acceptWithAccountMail : invitationMail;
    const mail = template({ inviterName: actor.name || actor.email, roles: lines, url: link(deps.config.publicUrl, INVITATION_PATH, token) });
    const mailId = await queueMail(trx, { to: email, ...mail, kind: 'invitation', userId: user.id, organisationId });
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'user.invited',
      organisationId,
      ip: actor.ip,
      details: { userId: user.id, email, roles: grants, invitationId, ...(auditorGrantId !== null && { auditorGrantId }) },
    });
    return { userId: user.id, email, outcome: hasAccount ? 'acceptance_requested' : 'invited', mailId };
  });
}

/** An auditor's read-only access to one organisation for a period (docs/decisions/0021). */
export type AuditorPeriod = { organisationId: number; organisationName: string; startsOn: string; endsOn: string };

/**
 * The grant an auditor invitation carries: it gives access once accepted,
 * from startsOn to endsOn. An earlier grant to the same person for the same
 * organisation that was never accepted is replaced, with its invitation.
 */
async function createAuditorGrant(trx: Transaction<Database>, actor: Actor, userId: number, email: string, period: AuditorPeriod) {
  const replaced = await trx
    .updateTable('auditor_grant')
    .set({ revoked_at: sql<Date>`now()`, revoked_by: actor.id })
    .where('user_id', '=', userId)
    .where('organisation_id', '=', period.organisationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  if (replaced.length > 0) {
    await trx
      .updateTable('account_invitation')
      .set({ revoked_at: sql<Date>`now()` })
      .where(
        'auditor_grant_id',
        'in',
        replaced.map((r) => r.id),
      )
      .where('revoked_at', 'is', null)
      .execute();
  }
  const { id } = await trx
    .insertInto('auditor_grant')
    .values({ organisation_id: period.organisationId, user_id: userId, starts_on: period.startsOn, ends_on: period.endsOn, granted_by: actor.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    actorUserId: actor.id,
    action: 'auditor.granted',
    organisationId: period.organisationId,
    ip: actor.ip,
    details: { auditorGrantId: id, userId, email, startsOn: period.startsOn, endsOn: period.endsOn, replaced: replaced.map((r) => r.id) },
  });
  return id;
}

async function organisationNames(trx: Transaction<Database>, grants: Grant[]) {
  const ids = [...new Set(grants.flatMap((g) => (g.organisationId === null ? [] : [g.organisationId])))];
  const rows = ids.length ? await trx.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const missing = grants.findIndex((g) => g.organisationId !== null && !names.has(g.organisationId));
  if (missing >= 0) {
    throw validationFailed(`body.roles.${missing}.organisationId`, 'unknown_reference', 'no such organisation');
  }
  return names;
}

async function createInvitee(trx: Transaction<Database>, actor: Actor, email: string, name: string | undefined) {
  const { id } = await insertUser(trx, { email, name: name ?? '', passwordHash: null });
  await recordAudit(trx, { actorUserId: actor.id, action: 'user.created', ip: actor.ip, details: { userId: id, email } });
  return { id };
}

/** Grants each role the user does not hold yet; returns how many were new. */
export async function grantAll(trx: Transaction<Database>, actor: Actor, userId: number, grants: Grant[]) {
  let added = 0;
  for (const grant of grants) {
    const roleId = await addRole(trx, userId, grant.role, grant.organisationId);
    if (roleId === undefined) continue;
    added += 1;
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'role.granted',
      organisationId: grant.organisationId,
      ip: actor.ip,
      details: { userId, roleId, role: grant.role },
    });
  }
  return added;
}

/**
 * Finds a usable invitation with its invitee and locks both for the rest of
 * the transaction, or throws a 400 that tells the person what is wrong with
 * their link.
 */
async function takeInvitation(trx: Transaction<Database>, token: string) {
  const row = await trx
    .selectFrom('account_invitation')
    .innerJoin('app_user', 'app_user.id', 'account_invitation.user_id')
    .select([
      'account_invitation.id',
      'account_invitation.user_id',
      'account_invitation.grants',
      'account_invitation.auditor_grant_id',
      'account_invitation.invited_by',
      'account_invitation.expires_at',
      'account_invitation.accepted_at',
      'account_invitation.revoked_at',
      'app_user.email',
      'app_user.name',
      'app_user.password_hash',
      'app_user.disabled_at',
    ])
    .where('account_invitation.token_hash', '=', hashToken(token))
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.disabled_at) throw tokenErrors.invalid('invitation');
  if (row.accepted_at) throw tokenErrors.used('invitation');
  if (row.revoked_at || row.expires_at.getTime() <= Date.now()) throw tokenErrors.expired('invitation');
  return row;
}

export const invitationNeedsLogin = () =>
  new HttpError(400, 'invitation_needs_login', 'You already have an account: log in with it to accept this invitation.');
export const invitationForAnotherAccount = () =>
  new HttpError(403, 'invitation_for_another_account', 'This invitation was sent to another account. Log out, then log in as the invited person.');

type Invitation = Awaited<ReturnType<typeof takeInvitation>>;

async function grantInvitation(trx: Transaction<Database>, invitation: Invitation, ip: string) {
  const invitee: Actor = { id: invitation.user_id, name: invitation.name, email: invitation.email, ip };
  await grantAll(trx, invitee, invitation.user_id, invitation.grants);
  if (invitation.auditor_grant_id !== null) {
    // Revoking a grant revokes its invitation too, so a grant taken here is still standing.
    await trx
      .updateTable('auditor_grant')
      .set({ accepted_at: sql<Date>`now()` })
      .where('id', '=', invitation.auditor_grant_id)
      .where('revoked_at', 'is', null)
      .execute();
  }
  await trx
    .updateTable('account_invitation')
    .set({ accepted_at: sql<Date>`now()` })
    .where('id', '=', invitation.id)
    .execute();
  await recordAudit(trx, {
    actorUserId: invitation.user_id,
    action: 'user.invitation_accepted',
    ip,
    details: {
      userId: invitation.user_id,
      invitationId: invitation.id,
      invitedBy: invitation.invited_by,
      roles: invitation.grants,
      ...(invitation.auditor_grant_id !== null && { auditorGrantId: invitation.auditor_grant_id }),
    },
  });
}

/** A new person accepts: sets name and password and gets the invitation's roles; the link then stops working. */
export async function acceptInvitation(deps: AccountDeps, input: { token: string; name: string; password: string; ip: string }) {
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await takeInvitation(trx, input.token);
    // The user row too: two invitations accepted at once must not both set a password.
    const user = await trx
      .selectFrom('app_user')
      .select(['id', 'password_hash'])
      .where('id', '=', invitation.user_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (user.password_hash !== null) throw invitationNeedsLogin();
    const problem = passwordProblem(input.password, [invitation.email, input.name]);
    if (problem) throw validationFailed('body.password', problem.rule, problem.message, { minimum: problem.minimum });
    await setUserName(trx, user.id, input.name);
    await setPassword(trx, user.id, await hashPassword(input.password));
    await expireOpenTokens(trx, user.id);
    await grantInvitation(trx, { ...invitation, name: input.name }, input.ip);
  });
}

/** Someone logged in accepts an invitation sent to their own account. */
export async function acceptInvitationAsUser(deps: AccountDeps, input: { token: string; userId: number; ip: string }) {
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await takeInvitation(trx, input.token);
    if (invitation.user_id !== input.userId) throw invitationForAnotherAccount();
    await grantInvitation(trx, invitation, input.ip);
  });
}

/** What the invitation page shows the holder of a link: the invited address, the roles, and whether to log in or choose a password. */
export async function describeInvitation(deps: AccountDeps, token: string) {
  return deps.db.transaction().execute(async (trx) => {
    const invitation = await takeInvitation(trx, token);
    const ids = invitation.grants.flatMap((g) => (g.organisationId === null ? [] : [g.organisationId]));
    const rows = ids.length ? await trx.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute() : [];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    const auditor =
      invitation.auditor_grant_id === null
        ? null
        : await trx
            .selectFrom('auditor_grant')
            .innerJoin('organisation', 'organisation.id', 'auditor_grant.organisation_id')
            .select([
              'organisation.name as organisationName',
              isoDate('auditor_grant.starts_on').as('startsOn'),
              isoDate('auditor_grant.ends_on').as('endsOn'),
            ])
            .where('auditor_grant.id', '=', invitation.auditor_grant_id)
            .executeTakeFirstOrThrow();
    return {
      auditor,
      email: invitation.email,
      hasAccount: invitation.password_hash !== null,
      roles: invitation.grants.map((g) => ({
        role: g.role,
        organisationName: g.organisationId === null ? null : (names.get(g.organisationId) ?? null),
      })),
    };
  });
}

/** Refuses an administrator's invitation to a disabled account, as before: administrators may know. */
export const accountDisabled = () => conflict('account_disabled', 'This account is disabled. An administrator must enable it first.');
