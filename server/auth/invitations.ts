import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import type { InviteResult, RoleGrant } from '../../shared/api/users';
import { recordAudit } from '../audit/repository';
import { badRequest, conflict, validationFailed } from '../errors';
import { deliverMail, queueMail } from '../mail/mailer';
import { invitationMail, link, rolesGrantedMail, type RoleLine } from '../mail/templates';
import { addRole, findUserByEmail, findUserById, insertUser, setPassword, setUserName } from '../users/repository';
import { hashPassword, passwordProblem } from './passwords';
import { expireOpenTokens, issueUserToken, markTokenUsed, takeUserToken } from './user-tokens';

export type AccountDeps = { db: Kysely<Database>; config: Config; log: FastifyBaseLogger };
export type Actor = { id: number; name: string; email: string; ip: string };

export const INVITATION_PATH = '/inbjudan';

type Grant = { role: RoleGrant['role']; organisationId: number | null };

/**
 * Invites a person by e-mail with roles. A new person (or one who never set a
 * password) gets a single-use link to choose a password; an existing account
 * gets the roles and a mail saying so.
 */
export async function inviteUser(
  deps: AccountDeps,
  actor: Actor,
  input: { email: string; name?: string | undefined; roles: RoleGrant[] },
): Promise<InviteResult> {
  const grants: Grant[] = input.roles.map((r) => ({ role: r.role, organisationId: r.organisationId ?? null }));
  const { result, mailId } = await deps.db.transaction().execute(async (trx) => {
    const names = await organisationNames(trx, grants);
    const user = await findOrCreateInvitee(trx, actor, input.email, input.name);
    const added = await grantAll(trx, actor, user.id, grants);
    const lines: RoleLine[] = grants.map((g) => ({ role: g.role, organisationName: g.organisationId ? names.get(g.organisationId)! : null }));
    const auditOrganisationId = grants.find((g) => g.organisationId !== null)?.organisationId ?? null;

    if (!user.hasPassword) {
      const { token } = await issueUserToken(trx, { userId: user.id, purpose: 'invitation', createdByUserId: actor.id });
      const mail = invitationMail({ inviterName: actor.name || actor.email, roles: lines, url: link(deps.config.publicUrl, INVITATION_PATH, token) });
      const mailId = await queueMail(trx, { to: input.email, ...mail, kind: 'invitation', userId: user.id, organisationId: auditOrganisationId });
      await recordAudit(trx, {
        actorUserId: actor.id, action: 'user.invited', organisationId: auditOrganisationId, ip: actor.ip,
        details: { userId: user.id, email: input.email, roles: grants },
      });
      return { result: outcome(user.id, input.email, 'invited', added), mailId };
    }
    if (added === 0) return { result: outcome(user.id, input.email, 'roles_added', 0), mailId: null };
    const mail = rolesGrantedMail({ inviterName: actor.name || actor.email, roles: lines, url: deps.config.publicUrl });
    const mailId = await queueMail(trx, { to: input.email, ...mail, kind: 'roles_granted', userId: user.id, organisationId: auditOrganisationId });
    return { result: outcome(user.id, input.email, 'roles_added', added), mailId };
  });
  if (mailId !== null) await deliverMail(deps, mailId);
  return result;
}

const outcome = (userId: number, email: string, kind: InviteResult['outcome'], grantedRoles: number): InviteResult => ({
  userId,
  email,
  outcome: kind,
  grantedRoles,
});

async function organisationNames(trx: Transaction<Database>, grants: Grant[]) {
  const ids = [...new Set(grants.flatMap((g) => (g.organisationId === null ? [] : [g.organisationId])))];
  const rows = ids.length ? await trx.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute() : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const missing = grants.findIndex((g) => g.organisationId !== null && !names.has(g.organisationId));
  if (missing >= 0) {
    throw badRequest(`Invalid body.roles.${missing}.organisationId: no such organisation`, {
      issues: [{ field: `body.roles.${missing}.organisationId`, message: 'no such organisation' }],
    });
  }
  return names;
}

async function findOrCreateInvitee(trx: Transaction<Database>, actor: Actor, email: string, name: string | undefined) {
  const existing = await findUserByEmail(trx, email);
  if (existing?.disabled_at) throw conflict('This account is disabled. An administrator must enable it first.');
  if (existing) return { id: existing.id, hasPassword: existing.password_hash !== null };
  const { id } = await insertUser(trx, { email, name: name ?? '', passwordHash: null });
  await recordAudit(trx, { actorUserId: actor.id, action: 'user.created', ip: actor.ip, details: { userId: id, email } });
  return { id, hasPassword: false };
}

/** Grants each role the user does not hold yet; returns how many were new. */
export async function grantAll(trx: Transaction<Database>, actor: Actor, userId: number, grants: Grant[]) {
  let added = 0;
  for (const grant of grants) {
    const roleId = await addRole(trx, userId, grant.role, grant.organisationId);
    if (roleId === undefined) continue;
    added += 1;
    await recordAudit(trx, {
      actorUserId: actor.id, action: 'role.granted', organisationId: grant.organisationId, ip: actor.ip,
      details: { userId, roleId, role: grant.role },
    });
  }
  return added;
}

/** Sets the invited person's name and password; the link then stops working. */
export async function acceptInvitation(deps: AccountDeps, input: { token: string; name: string; password: string; ip: string }) {
  await deps.db.transaction().execute(async (trx) => {
    const token = await takeUserToken(trx, input.token, 'invitation');
    const user = (await findUserById(trx, token.userId))!;
    const problem = passwordProblem(input.password, [user.email, input.name]);
    if (problem) throw validationFailed('body.password', problem);
    await setUserName(trx, user.id, input.name);
    await setPassword(trx, user.id, await hashPassword(input.password));
    await markTokenUsed(trx, token.id);
    await expireOpenTokens(trx, user.id);
    await recordAudit(trx, { actorUserId: user.id, action: 'user.invitation_accepted', ip: input.ip, details: { userId: user.id } });
  });
}
