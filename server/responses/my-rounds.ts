import { sql, type Kysely } from 'kysely';
import type { SessionUser } from '#shared/api/auth';
import type { MyRound } from '#shared/api/responses';
import type { Database } from '#server/db/schema';
import { isAcceptingAnswers } from '#server/rounds/service';
import { isRespondentOf } from './mapping';

/** The organisations whose survey the user answers or follows. */
function organisationsOf(user: SessionUser): number[] {
  const ids = user.roles.filter((r) => r.role === 'respondent' || r.role === 'viewer').map((r) => r.organisationId);
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

/**
 * Every round that is not a draft, once per organisation of the user, with
 * the organisation's invitation, response status and progress. Newest first.
 */
export async function listMyRounds(db: Kysely<Database>, user: SessionUser, now = new Date()): Promise<MyRound[]> {
  const organisationIds = organisationsOf(user);
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('round')
    .innerJoin('organisation', (join) => join.on('organisation.id', 'in', organisationIds))
    .leftJoin('round_invitation as invitation', (join) =>
      join.onRef('invitation.round_id', '=', 'round.id').onRef('invitation.organisation_id', '=', 'organisation.id'),
    )
    .leftJoin('response', (join) => join.onRef('response.round_id', '=', 'round.id').onRef('response.organisation_id', '=', 'organisation.id'))
    .select((eb) => [
      'round.year',
      'round.state',
      'round.opens_at',
      'round.closes_at',
      'organisation.id as organisation_id',
      'organisation.code as organisation_code',
      'organisation.name as organisation_name',
      eb('invitation.round_id', 'is not', null).as('invited'),
      'response.status',
      'response.submitted_at',
      eb
        .selectFrom('answer')
        .select(sql<number>`count(*)::int`.as('count'))
        .whereRef('answer.response_id', '=', 'response.id')
        // As areaProgress in shared/api/response-rules.ts: answered means scorable ("no", or "yes" with its
        // follow-up) and not carried over; a carried-over answer is to confirm, whatever it holds.
        .where('answer.carried_over', '=', false)
        .where((w) => w.or([w('answer.main', '=', 'no'), w.and([w('answer.main', '=', 'yes'), w('answer.followup', 'is not', null)])]))
        .as('answered_areas'),
      eb
        .selectFrom('answer')
        .select(sql<number>`count(*)::int`.as('count'))
        .whereRef('answer.response_id', '=', 'response.id')
        .where('answer.carried_over', '=', true)
        .as('unconfirmed_areas'),
      eb
        .selectFrom('question_area')
        .select(sql<number>`count(*)::int`.as('count'))
        .whereRef('question_area.bank_version_id', '=', 'round.bank_version_id')
        .as('total_areas'),
    ])
    .where('round.state', '!=', 'draft')
    .orderBy('round.year', 'desc')
    .orderBy('organisation.name')
    .execute();

  return rows.map((row) => {
    const acceptingAnswers = isAcceptingAnswers({ state: row.state, opensAt: row.opens_at, closesAt: row.closes_at }, now);
    return {
      year: row.year,
      roundState: row.state,
      opensAt: row.opens_at.toISOString(),
      closesAt: row.closes_at.toISOString(),
      acceptingAnswers,
      organisation: { id: row.organisation_id, code: row.organisation_code, name: row.organisation_name },
      invited: Boolean(row.invited),
      status: row.status ?? 'not_started',
      answeredAreas: row.answered_areas ?? 0,
      unconfirmedAreas: row.unconfirmed_areas ?? 0,
      totalAreas: row.total_areas ?? 0,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      canWrite: acceptingAnswers && Boolean(row.invited) && isRespondentOf(user, row.organisation_id),
    };
  });
}
