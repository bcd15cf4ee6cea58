import { sql } from 'kysely';
import type { Db } from '#server/db/sql';

/**
 * What the administrator's monitor adds to the results status list (server/results
 * listResponseStatus): contact address, who changed the response last, when it
 * was started, the last reminder and how many respondents are registered.
 */
export function listMonitorDetails(db: Db, roundId: number) {
  return db
    .selectFrom('round_invitation as inv')
    .innerJoin('organisation as o', 'o.id', 'inv.organisation_id')
    .leftJoin('response as r', (join) => join.onRef('r.round_id', '=', 'inv.round_id').onRef('r.organisation_id', '=', 'inv.organisation_id'))
    .leftJoin('app_user as u', 'u.id', 'r.updated_by')
    .select((eb) => [
      'o.id',
      'o.type',
      'o.contact_email',
      'r.created_at as started_at',
      sql<string | null>`coalesce(nullif(u.name, ''), u.email)`.as('updated_by_name'),
      eb
        .selectFrom('reminder_delivery as rd')
        .select((s) => s.fn.max('rd.sent_at').as('at'))
        .whereRef('rd.round_id', '=', 'inv.round_id')
        .whereRef('rd.organisation_id', '=', 'o.id')
        .as('last_reminder_at'),
      eb
        .selectFrom('user_role as ur')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('ur.organisation_id', '=', 'o.id')
        .where('ur.role', '=', 'respondent')
        .as('respondents'),
    ])
    .where('inv.round_id', '=', roundId)
    .execute();
}

export async function countAreas(db: Db, bankVersionId: number): Promise<number> {
  const row = await db
    .selectFrom('question_area')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('bank_version_id', '=', bankVersionId)
    .executeTakeFirstOrThrow();
  return row.n;
}
