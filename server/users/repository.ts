import type { ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { SessionUser } from '#shared/api/auth';
import type { Database, Role } from '#server/db/schema';
import type { Db } from '#server/db/sql';

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('app_user').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Db, id: number) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Db, user: { email: string; name: string; passwordHash: string | null }) {
  return db
    .insertInto('app_user')
    .values({ email: user.email.toLowerCase(), name: user.name, password_hash: user.passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function grantRole(db: Db, userId: number, role: Role, organisationId: number | null) {
  await db
    .insertInto('user_role')
    .values({ user_id: userId, role, organisation_id: organisationId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function setPassword(db: Db, userId: number, passwordHash: string) {
  await db.updateTable('app_user').set({ password_hash: passwordHash, password_changed_at: new Date() }).where('id', '=', userId).execute();
}

export async function rolesOf(db: Db, userId: number): Promise<SessionUser['roles']> {
  const rows = await db
    .selectFrom('user_role')
    .leftJoin('organisation', 'organisation.id', 'user_role.organisation_id')
    .select(['user_role.role', 'user_role.organisation_id', 'organisation.name as organisation_name'])
    .where('user_role.user_id', '=', userId)
    .orderBy('user_role.id')
    .execute();
  return rows.map((r) => ({ role: r.role, organisationId: r.organisation_id, organisationName: r.organisation_name }));
}

/** Adds a role unless the user holds it; returns the new role's id, or undefined when already held. */
export async function addRole(db: Db, userId: number, role: Role, organisationId: number | null) {
  const row = await db
    .insertInto('user_role')
    .values({ user_id: userId, role, organisation_id: organisationId })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function findUserRole(db: Db, userId: number, roleId: number) {
  return db
    .selectFrom('user_role')
    .leftJoin('organisation', 'organisation.id', 'user_role.organisation_id')
    .select(['user_role.id', 'user_role.role', 'user_role.organisation_id', 'organisation.name as organisation_name'])
    .where('user_role.user_id', '=', userId)
    .where('user_role.id', '=', roleId)
    .executeTakeFirst();
}

export async function deleteUserRole(db: Db, roleId: number) {
  await db.deleteFrom('user_role').where('id', '=', roleId).execute();
}

export async function setUserName(db: Db, userId: number, name: string) {
  await db.updateTable('app_user').set({ name }).where('id', '=', userId).execute();
}

export async function setDisabled(db: Db, userId: number, disabled: boolean) {
  await db
    .updateTable('app_user')
    .set({ disabled_at: disabled ? new Date() : null })
    .where('id', '=', userId)
    .execute();
}

/** The user's roles with each organisation's name, as the JSON column `roles` of a query on app_user (a session's or an API token's one query). */
export const rolesColumn = (eb: ExpressionBuilder<Database, 'app_user'>) =>
  jsonArrayFrom(
    eb
      .selectFrom('user_role')
      .leftJoin('organisation', 'organisation.id', 'user_role.organisation_id')
      .select(['user_role.role', 'user_role.organisation_id as organisationId', 'organisation.name as organisationName'])
      .whereRef('user_role.user_id', '=', 'app_user.id')
      .orderBy('user_role.id'),
  ).as('roles');
