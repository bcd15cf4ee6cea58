import type { Kysely } from 'kysely';
import type { RoleGrant, UserRoleView } from '#shared/api/users';
import { recordAudit } from '#server/audit/repository';
import type { Actor } from '#server/audit/actor';
import { deleteUserSessions } from '#server/auth/sessions';
import type { Database } from '#server/db/schema';
import { conflict, notFound, validationFailed } from '#server/errors';
import { addRole, deleteUserRole, findUserById, findUserRole, setDisabled } from '#server/users/repository';
import { toRoleView } from './service';

const noSuchUser = () => notFound('user', 'No such user.');

async function requireUser(db: Kysely<Database>, userId: number) {
  const user = await findUserById(db, userId);
  if (!user) throw noSuchUser();
  return user;
}

export async function grantUserRole(db: Kysely<Database>, actor: Actor, userId: number, grant: RoleGrant): Promise<UserRoleView> {
  await requireUser(db, userId);
  const organisationId = grant.organisationId ?? null;
  if (organisationId !== null) {
    const organisation = await db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst();
    if (!organisation) throw validationFailed('body.organisationId', 'unknown_reference', 'no such organisation');
  }
  return db.transaction().execute(async (trx) => {
    const roleId = await addRole(trx, userId, grant.role, organisationId);
    if (roleId === undefined) throw conflict('role_already_held', 'The user already holds this role.');
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'role.granted',
      organisationId,
      ip: actor.ip,
      details: { userId, roleId, role: grant.role },
    });
    return toRoleView((await findUserRole(trx, userId, roleId))!);
  });
}

export async function revokeUserRole(db: Kysely<Database>, actor: Actor, userId: number, roleId: number) {
  const role = await findUserRole(db, userId, roleId);
  if (!role) throw notFound('role', 'No such role for this user.');
  if (userId === actor.id && role.role === 'admin') {
    throw conflict('own_admin_role', 'You cannot remove your own administrator role; ask another administrator.');
  }
  await db.transaction().execute(async (trx) => {
    await deleteUserRole(trx, roleId);
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'role.revoked',
      organisationId: role.organisation_id,
      ip: actor.ip,
      details: { userId, roleId, role: role.role },
    });
  });
  // Sessions re-read roles on every request, so the change applies at once.
}

export async function setUserDisabled(db: Kysely<Database>, actor: Actor, userId: number, disabled: boolean) {
  await requireUser(db, userId);
  if (disabled && userId === actor.id) throw conflict('own_account', 'You cannot disable your own account.');
  await db.transaction().execute(async (trx) => {
    await setDisabled(trx, userId, disabled);
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: disabled ? 'user.disabled' : 'user.enabled',
      ip: actor.ip,
      details: { userId },
    });
  });
  if (disabled) await deleteUserSessions(db, userId);
}
