import type { Kysely } from 'kysely';
import type { AdminUserView, UserRoleView } from '#shared/api/users';
import type { Database } from '#server/db/schema';
import { countUsers, listUsers, rolesOfUsers, type UserFilter } from './repository';

type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
type RoleRow = Awaited<ReturnType<typeof rolesOfUsers>>[number];

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export const toRoleView = (row: Omit<RoleRow, 'user_id'>): UserRoleView => ({
  id: row.id,
  role: row.role,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
});

function toView(row: UserRow, roles: RoleRow[]): AdminUserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    disabledAt: iso(row.disabled_at),
    hasPassword: row.has_password,
    lastLoginAt: iso(row.last_login_at),
    pendingInvitationExpiresAt: iso(row.invitation_expires_at),
    roles: roles.filter((r) => r.user_id === row.id).map(toRoleView),
  };
}

export async function findUsers(db: Kysely<Database>, filter: UserFilter) {
  const [rows, total] = await Promise.all([listUsers(db, filter), countUsers(db, filter)]);
  const roles = await rolesOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return { users: rows.map((row) => toView(row, roles)), total };
}

export async function findAdminUser(db: Kysely<Database>, userId: number): Promise<AdminUserView | undefined> {
  const { users } = await findUsers(db, { id: userId, limit: 1, offset: 0 });
  return users[0];
}
