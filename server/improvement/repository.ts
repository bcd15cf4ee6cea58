import { sql } from 'kysely';
import type { ActionStatus, FollowUpOutcome, ImprovementAction } from '#shared/api/improvement';
import type { Db } from '#server/db/sql';
import { linkedRecommendationsOf } from '#server/external-audits/action-links';

/** The columns of an action as the API shows it; the due date as text (a date has no time zone). */
function selectActions(db: Db) {
  return db
    .selectFrom('improvement_action as a')
    .select([
      'a.id',
      'a.organisation_id',
      'a.area_key',
      'a.planned_in_year',
      'a.title',
      'a.responsible',
      sql<string | null>`to_char(a.due_on, 'YYYY-MM-DD')`.as('due_on'),
      'a.status',
      'a.evidence',
      'a.origin',
      'a.guidance_target_level',
      'a.created_at',
      'a.updated_at',
      'a.version',
    ]);
}

type ActionRow = Awaited<ReturnType<ReturnType<typeof selectActions>['executeTakeFirstOrThrow']>>;

function toAction(
  row: ActionRow,
  followUps: ImprovementAction['followUps'],
  recommendations: ImprovementAction['recommendations'],
): ImprovementAction {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    areaKey: row.area_key,
    plannedInYear: row.planned_in_year,
    title: row.title,
    responsible: row.responsible,
    dueOn: row.due_on,
    status: row.status,
    evidence: row.evidence,
    origin: row.origin,
    guidanceTargetLevel: row.guidance_target_level,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    followUps,
    recommendations,
  };
}

export type ActionFilter = { organisationId: number; year?: number | undefined; area?: string | undefined; before?: number | undefined };

/** An organisation's actions with their follow-ups, by year, area and creation. */
export async function listActions(db: Db, filter: ActionFilter): Promise<ImprovementAction[]> {
  let query = selectActions(db).where('a.organisation_id', '=', filter.organisationId);
  if (filter.year !== undefined) query = query.where('a.planned_in_year', '=', filter.year);
  if (filter.before !== undefined) query = query.where('a.planned_in_year', '<', filter.before);
  if (filter.area !== undefined) query = query.where('a.area_key', '=', filter.area);
  const rows = await query.orderBy('a.planned_in_year', 'desc').orderBy('a.area_key').orderBy('a.id').execute();
  const ids = rows.map((r) => r.id);
  const followUps = await listFollowUps(db, ids);
  const recommendations = await linkedRecommendationsOf(db, ids);
  return rows.map((row) => toAction(row, followUps.get(row.id) ?? [], recommendations.get(row.id) ?? []));
}

async function listFollowUps(db: Db, actionIds: number[]): Promise<Map<number, ImprovementAction['followUps']>> {
  const byAction = new Map<number, ImprovementAction['followUps']>();
  if (actionIds.length === 0) return byAction;
  const rows = await db
    .selectFrom('improvement_action_follow_up as f')
    .leftJoin('app_user as u', 'u.id', 'f.recorded_by')
    .select(['f.action_id', 'f.round_year', 'f.outcome', 'f.comment', 'f.recorded_at', 'u.name as recorded_by'])
    .where('f.action_id', 'in', actionIds)
    .orderBy('f.round_year')
    .execute();
  for (const row of rows) {
    const list = byAction.get(row.action_id) ?? [];
    list.push({
      roundYear: row.round_year,
      outcome: row.outcome,
      comment: row.comment,
      recordedAt: row.recorded_at.toISOString(),
      recordedBy: row.recorded_by,
    });
    byAction.set(row.action_id, list);
  }
  return byAction;
}

/** One action of the organisation, or undefined; `lock` takes its row for an update. */
export async function findAction(db: Db, organisationId: number, actionId: number, lock = false): Promise<ImprovementAction | undefined> {
  let query = selectActions(db).where('a.organisation_id', '=', organisationId).where('a.id', '=', actionId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const followUps = (await listFollowUps(db, [row.id])).get(row.id) ?? [];
  return toAction(row, followUps, (await linkedRecommendationsOf(db, [row.id])).get(row.id) ?? []);
}

export type ActionValues = {
  title: string;
  responsible: string;
  dueOn: string | null;
  status: ActionStatus;
  evidence: string;
};

export async function insertAction(
  db: Db,
  values: ActionValues & {
    organisationId: number;
    areaKey: string;
    plannedInYear: number;
    guidanceTargetLevel: number | null;
    createdBy: number;
  },
): Promise<number> {
  const row = await db
    .insertInto('improvement_action')
    .values({
      organisation_id: values.organisationId,
      area_key: values.areaKey,
      planned_in_year: values.plannedInYear,
      title: values.title,
      responsible: values.responsible,
      due_on: values.dueOn,
      status: values.status,
      evidence: values.evidence,
      origin: values.guidanceTargetLevel === null ? 'own' : 'guidance',
      guidance_target_level: values.guidanceTargetLevel,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Writes the new values when the row is still at `version`; false when someone changed it first. */
export async function updateAction(db: Db, actionId: number, version: number, values: ActionValues): Promise<boolean> {
  const result = await db
    .updateTable('improvement_action')
    .set({
      title: values.title,
      responsible: values.responsible,
      due_on: values.dueOn,
      status: values.status,
      evidence: values.evidence,
      updated_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', actionId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteAction(db: Db, actionId: number): Promise<void> {
  await db.deleteFrom('improvement_action').where('id', '=', actionId).execute();
}

export async function upsertFollowUp(
  db: Db,
  values: { actionId: number; roundYear: number; outcome: FollowUpOutcome; comment: string; recordedBy: number },
): Promise<void> {
  await db
    .insertInto('improvement_action_follow_up')
    .values({
      action_id: values.actionId,
      round_year: values.roundYear,
      outcome: values.outcome,
      comment: values.comment,
      recorded_by: values.recordedBy,
    })
    .onConflict((oc) =>
      oc.columns(['action_id', 'round_year']).doUpdateSet({
        outcome: values.outcome,
        comment: values.comment,
        recorded_by: values.recordedBy,
        recorded_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/**
 * The snapshot of a round that is closing (§6 rule 4): per invited
 * organisation and area of the round's bank, whether it had a plan going into
 * the round (actions planned from the previous round's results) and how the
 * round followed those actions up. Replaces an earlier snapshot of the same
 * round (a round reopened and closed again).
 */
export async function writeRoundSnapshot(db: Db, round: { id: number; year: number; bankVersionId: number }): Promise<void> {
  await db.deleteFrom('round_improvement_snapshot').where('round_id', '=', round.id).execute();
  await sql`
    insert into round_improvement_snapshot (round_id, organisation_id, area_key, has_plan, actions, followed_up, done, partly)
    select ${round.id}::int, inv.organisation_id, qa.key,
      count(a.id) > 0, count(a.id)::int, count(f.action_id)::int,
      count(f.action_id) filter (where f.outcome = 'yes')::int,
      count(f.action_id) filter (where f.outcome = 'partly')::int
    from round_invitation inv
    cross join question_area qa
    left join improvement_action a
      on a.organisation_id = inv.organisation_id and a.area_key = qa.key
      and a.planned_in_year = (select max(r.year) from round r where r.year < ${round.year}::int)
    left join improvement_action_follow_up f on f.action_id = a.id and f.round_year = ${round.year}::int
    where inv.round_id = ${round.id}::int and qa.bank_version_id = ${round.bankVersionId}::int
    group by inv.organisation_id, qa.key`.execute(db);
}

/** One area's sums over a round's snapshot: counts of organisations, and of actions. */
export type SnapshotArea = {
  areaKey: string;
  /** Invited organisations. */
  organisations: number;
  /** …with at least one action planned from the previous round. */
  withPlan: number;
  /** …of which at least one action was marked done (ja). */
  withDone: number;
  /** …of which not every action was marked done. */
  withUndone: number;
  actions: number;
  done: number;
};

/** The snapshot summed per area: no organisation's row leaves this function. */
export async function summariseRoundSnapshot(db: Db, roundId: number): Promise<{ takenAt: Date | null; areas: SnapshotArea[] }> {
  const rows = await db
    .selectFrom('round_improvement_snapshot')
    .select([
      'area_key',
      sql<number>`count(*)::int`.as('organisations'),
      sql<number>`count(*) filter (where has_plan)::int`.as('with_plan'),
      sql<number>`coalesce(sum(actions), 0)::int`.as('actions'),
      sql<number>`coalesce(sum(done), 0)::int`.as('done'),
      sql<number>`count(*) filter (where done > 0)::int`.as('with_done'),
      sql<number>`count(*) filter (where has_plan and done < actions)::int`.as('with_undone'),
      sql<Date>`max(taken_at)`.as('taken_at'),
    ])
    .where('round_id', '=', roundId)
    .groupBy('area_key')
    .execute();
  return {
    takenAt: rows.reduce<Date | null>((latest, r) => (latest === null || r.taken_at > latest ? r.taken_at : latest), null),
    areas: rows.map((r) => ({
      areaKey: r.area_key,
      organisations: r.organisations,
      withPlan: r.with_plan,
      actions: r.actions,
      done: r.done,
      withDone: r.with_done,
      withUndone: r.with_undone,
    })),
  };
}
