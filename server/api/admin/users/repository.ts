import { sql } from 'kysely';
import type { Role } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { escapeLike } from '#server/db/sql';

export type UserFilter = {
  id?: number | undefined;
  search?: string | undefined;
  role?: Role | undefined;
  organisationId?: number | undefined;
  limit: number;
  offset: number;
};

function filteredUsers(db: Db, filter: UserFilter) {
  const pattern = filter.search ? `%${escapeLike(filter.search.toLowerCase())}%` : undefined;
  return db
    .selectFrom('app_user')
    .$if(filter.id !== undefined, (q) => q.where('app_user.id', '=', filter.id!))
    .$if(pattern !== undefined, (q) =>
      q.where((eb) => eb.or([eb('app_user.email', 'like', pattern!), eb(eb.fn('lower', ['app_user.name']), 'like', pattern!)])),
    )
    .$if(filter.role !== undefined || filter.organisationId !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('user_role')
            .select('user_role.id')
            .whereRef('user_role.user_id', '=', 'app_user.id')
            .$if(filter.role !== undefined, (s) => s.where('user_role.role', '=', filter.role!))
            .$if(filter.organisationId !== undefined, (s) => s.where('user_role.organisation_id', '=', filter.organisationId!)),
        ),
      ),
    );
}

/** One page of users with their last login and open invitation, by e-mail: unique, so pages neither repeat nor skip rows. */
export function listUsers(db: Db, filter: UserFilter) {
  return filteredUsers(db, filter)
    .select((eb) => [
      'app_user.id',
      'app_user.email',
      'app_user.name',
      'app_user.created_at',
      'app_user.disabled_at',
      sql<boolean>`app_user.password_hash is not null`.as('has_password'),
      eb
        .selectFrom('login_attempt')
        .select((s) => s.fn.max('login_attempt.at').as('at'))
        .whereRef('login_attempt.email', '=', 'app_user.email')
        .where('login_attempt.succeeded', '=', true)
        .as('last_login_at'),
      eb
        .selectFrom('account_invitation')
        .select((s) => s.fn.max('account_invitation.expires_at').as('expires_at'))
        .whereRef('account_invitation.user_id', '=', 'app_user.id')
        .where('account_invitation.accepted_at', 'is', null)
        .where('account_invitation.revoked_at', 'is', null)
        .where('account_invitation.expires_at', '>', sql<Date>`now()`)
        .as('invitation_expires_at'),
    ])
    .orderBy('app_user.email')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countUsers(db: Db, filter: UserFilter): Promise<number> {
  const row = await filteredUsers(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export function rolesOfUsers(db: Db, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_role')
    .leftJoin('organisation', 'organisation.id', 'user_role.organisation_id')
    .select(['user_role.id', 'user_role.user_id', 'user_role.role', 'user_role.organisation_id', 'organisation.name as organisation_name'])
    .where('user_role.user_id', 'in', userIds)
    .orderBy('user_role.id')
    .execute();
}
