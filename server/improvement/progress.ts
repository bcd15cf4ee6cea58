import { sql } from 'kysely';
import type { PlanProgress } from '#shared/api/groups';
import { swedishToday } from '#server/auth/reader-access';
import type { Db } from '#server/db/sql';

/** Whose plan to sum up, and the round whose follow-up to count (null: none, the organisation was never invited). */
export type ProgressTarget = { organisationId: number; year: number | null };

type ProgressRow = {
  organisation_id: number;
  planned: number;
  in_progress: number;
  done: number;
  stopped: number;
  overdue: number;
  oldest_overdue_on: string | null;
  follow_up_actions: number | null;
  yes: number | null;
  partly: number | null;
  no: number | null;
};

/**
 * The progress of several organisations' action plans, in one statement
 * (the group page: no query per member):
 * - every action of the organisation by status, whatever year it was planned in;
 * - overdue: a due date before today in Sweden (a date has no time zone, so
 *   "passed" is by the Swedish calendar, as auditor grants' periods are),
 *   neither done nor stopped, with the oldest such due date;
 * - the follow-up in the target's round: the actions planned from the round
 *   before it (the latest round year before, as the survey and the round's
 *   snapshot count them) and how many the round marked ja / delvis / nej.
 */
export async function planProgress(db: Db, targets: readonly ProgressTarget[]): Promise<Map<number, PlanProgress>> {
  if (targets.length === 0) return new Map();
  const ids = targets.map((t) => t.organisationId);
  const years = targets.map((t) => t.year);
  const { rows } = await sql<ProgressRow>`
    with target(organisation_id, year) as (
      select * from unnest(${ids}::int[], ${years}::int[])
    ),
    by_status as (
      select a.organisation_id,
        count(*) filter (where a.status = 'planned')::int as planned,
        count(*) filter (where a.status = 'in_progress')::int as in_progress,
        count(*) filter (where a.status = 'done')::int as done,
        count(*) filter (where a.status = 'stopped')::int as stopped,
        count(*) filter (where a.due_on < ${swedishToday} and a.status not in ('done', 'stopped'))::int as overdue,
        to_char(min(a.due_on) filter (where a.due_on < ${swedishToday} and a.status not in ('done', 'stopped')), 'YYYY-MM-DD') as oldest_overdue_on
      from improvement_action a
      where a.organisation_id = any(${ids}::int[])
      group by a.organisation_id
    ),
    follow_up as (
      select t.organisation_id,
        count(a.id)::int as actions,
        count(f.action_id) filter (where f.outcome = 'yes')::int as yes,
        count(f.action_id) filter (where f.outcome = 'partly')::int as partly,
        count(f.action_id) filter (where f.outcome = 'no')::int as no
      from target t
      left join improvement_action a
        on a.organisation_id = t.organisation_id
        and a.planned_in_year = (select max(r.year) from round r where r.year < t.year)
      left join improvement_action_follow_up f on f.action_id = a.id and f.round_year = t.year
      where t.year is not null
      group by t.organisation_id
    )
    select t.organisation_id,
      coalesce(s.planned, 0) as planned, coalesce(s.in_progress, 0) as in_progress,
      coalesce(s.done, 0) as done, coalesce(s.stopped, 0) as stopped,
      coalesce(s.overdue, 0) as overdue, s.oldest_overdue_on,
      f.actions as follow_up_actions, f.yes, f.partly, f.no
    from target t
    left join by_status s on s.organisation_id = t.organisation_id
    left join follow_up f on f.organisation_id = t.organisation_id`.execute(db);
  const yearOf = new Map(targets.map((t) => [t.organisationId, t.year]));
  return new Map(
    rows.map((row) => {
      const year = yearOf.get(row.organisation_id) ?? null;
      return [
        row.organisation_id,
        {
          planned: row.planned,
          inProgress: row.in_progress,
          done: row.done,
          stopped: row.stopped,
          overdue: row.overdue,
          oldestOverdueOn: row.oldest_overdue_on,
          followUp: year === null ? null : { year, actions: row.follow_up_actions ?? 0, yes: row.yes ?? 0, partly: row.partly ?? 0, no: row.no ?? 0 },
        },
      ];
    }),
  );
}
