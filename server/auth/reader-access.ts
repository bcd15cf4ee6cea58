import { sql, type ExpressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '#server/db/schema';

/*
 * Who may read an organisation's data besides its own people
 * (docs/decisions/0021): an auditor whose grant is active today, and the
 * people of a kommun that is a group of the organisation. Both are read on
 * every request with the session (server/auth/sessions.ts), so a grant that
 * ends or is revoked stops working at the next request, without a job.
 */

/**
 * Today in Sweden: a grant's dates are Swedish calendar dates, whatever the
 * server's time zone. Typed as the date columns read (Date) to compare with them.
 */
export const swedishToday = sql<Date>`(now() at time zone 'Europe/Stockholm')::date`;

/** A date column as ISO text (YYYY-MM-DD), not a JavaScript Date at some midnight. */
export const isoDate = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

/** The auditor grants of the session's user active today: accepted, not revoked, today within the period. */
function activeGrants(eb: ExpressionBuilder<Database, 'app_user'>) {
  return eb
    .selectFrom('auditor_grant')
    .innerJoin('organisation', 'organisation.id', 'auditor_grant.organisation_id')
    .select([
      'auditor_grant.organisation_id as organisationId',
      'organisation.name as organisationName',
      isoDate('auditor_grant.starts_on').as('startsOn'),
      isoDate('auditor_grant.ends_on').as('endsOn'),
    ])
    .whereRef('auditor_grant.user_id', '=', 'app_user.id')
    .where(isActiveGrant)
    .orderBy('organisation.name')
    .orderBy('auditor_grant.id');
}

/** Whether a grant gives access today. */
export const isActiveGrant = (eb: ExpressionBuilder<Database, 'auditor_grant'>) =>
  eb.and([
    eb('auditor_grant.accepted_at', 'is not', null),
    eb('auditor_grant.revoked_at', 'is', null),
    eb('auditor_grant.starts_on', '<=', swedishToday),
    eb('auditor_grant.ends_on', '>=', swedishToday),
  ]);

/**
 * The organisations the session's user may read through the group view:
 * members of a kommun in which the user holds a role (respondent or viewer).
 */
function groupMembers(eb: ExpressionBuilder<Database, 'app_user'>) {
  return eb
    .selectFrom('organisation_membership')
    .innerJoin('organisation as grp', 'grp.id', 'organisation_membership.group_id')
    .innerJoin('organisation as member', 'member.id', 'organisation_membership.member_id')
    .select(['organisation_membership.member_id as organisationId', 'member.name as organisationName', 'organisation_membership.group_id as groupId'])
    .where('grp.type', '=', 'kommun')
    .where((inner) =>
      inner.exists(
        inner
          .selectFrom('user_role')
          .select('user_role.id')
          .whereRef('user_role.organisation_id', '=', 'organisation_membership.group_id')
          .whereRef('user_role.user_id', '=', 'app_user.id')
          .where('user_role.role', 'in', ['respondent', 'viewer']),
      ),
    )
    .orderBy('member.name')
    .orderBy('organisation_membership.member_id')
    .orderBy('organisation_membership.group_id');
}

/** Both lists as JSON arrays inside the session's one query. */
export const readerAccessColumns = (eb: ExpressionBuilder<Database, 'app_user'>) =>
  [jsonArrayFrom(activeGrants(eb)).as('auditorOf'), jsonArrayFrom(groupMembers(eb)).as('groupMembers')] as const;
