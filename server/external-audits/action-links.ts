import { sql } from 'kysely';
import type { LinkedAction } from '#shared/api/external-audits';
import type { ActionRecommendation, FollowUpOutcome } from '#shared/api/improvement';
import type { Db } from '#server/db/sql';

/**
 * The links between the register's recommendations and the plan's actions
 * (audit_recommendation_action, decision 0020): read from either side, and
 * written by the register's service, which checks first that both belong to
 * the organisation (the table's trigger refuses it otherwise all the same).
 */

/** The linked actions of each recommendation, in the order they were planned. */
export async function linkedActionsOf(db: Db, recommendationIds: number[]): Promise<Map<number, LinkedAction[]>> {
  const byRecommendation = new Map<number, LinkedAction[]>();
  if (recommendationIds.length === 0) return byRecommendation;
  const rows = await db
    .selectFrom('audit_recommendation_action as l')
    .innerJoin('improvement_action as a', 'a.id', 'l.action_id')
    .select(['l.recommendation_id', 'a.id', 'a.title', 'a.status', 'a.area_key', 'a.planned_in_year', 'a.version'])
    .where('l.recommendation_id', 'in', recommendationIds)
    .orderBy('a.planned_in_year')
    .orderBy('a.id')
    .execute();
  for (const row of rows) {
    const list = byRecommendation.get(row.recommendation_id) ?? [];
    list.push({ id: row.id, title: row.title, status: row.status, areaKey: row.area_key, plannedInYear: row.planned_in_year, version: row.version });
    byRecommendation.set(row.recommendation_id, list);
  }
  return byRecommendation;
}

/**
 * The linked recommendations of each action, newest audit first, with how
 * many of each recommendation's linked actions are still open (neither done
 * nor stopped) and its newest follow-up: what the plan needs to ask, when an
 * action closes, whether the recommendation is now met.
 */
export async function linkedRecommendationsOf(db: Db, actionIds: number[]): Promise<Map<number, ActionRecommendation[]>> {
  const byAction = new Map<number, ActionRecommendation[]>();
  if (actionIds.length === 0) return byAction;
  const rows = await db
    .selectFrom('audit_recommendation_action as l')
    .innerJoin('audit_recommendation as r', 'r.id', 'l.recommendation_id')
    .innerJoin('external_audit as e', 'e.id', 'r.audit_id')
    .select([
      'l.action_id',
      'r.id',
      'r.audit_id',
      'e.title as audit_title',
      'r.text',
      sql<number>`(
        select count(*) from audit_recommendation_action o join improvement_action x on x.id = o.action_id
        where o.recommendation_id = r.id and x.status not in ('done', 'stopped'))::int`.as('open_actions'),
      sql<{ year: number; outcome: FollowUpOutcome; comment: string } | null>`(
        select json_build_object('year', f.year, 'outcome', f.outcome, 'comment', f.comment)
        from audit_recommendation_follow_up f where f.recommendation_id = r.id order by f.year desc limit 1)`.as('latest_follow_up'),
    ])
    .where('l.action_id', 'in', actionIds)
    .orderBy('e.audited_on', 'desc')
    .orderBy('r.id')
    .execute();
  for (const row of rows) {
    const list = byAction.get(row.action_id) ?? [];
    list.push({
      id: row.id,
      auditId: row.audit_id,
      auditTitle: row.audit_title,
      text: row.text,
      openActions: row.open_actions,
      latestFollowUp: row.latest_follow_up,
    });
    byAction.set(row.action_id, list);
  }
  return byAction;
}

/** The organisation's action at its current version, locked against a change while it is linked; undefined when it has none such. */
export async function actionVersionOf(db: Db, organisationId: number, actionId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('improvement_action')
    .select('version')
    .where('id', '=', actionId)
    .where('organisation_id', '=', organisationId)
    .forShare()
    .executeTakeFirst();
  return row?.version;
}

/** Links the two; false when they were linked already. */
export async function insertLink(db: Db, recommendationId: number, actionId: number, userId: number | null): Promise<boolean> {
  const row = await db
    .insertInto('audit_recommendation_action')
    .values({ recommendation_id: recommendationId, action_id: actionId, linked_by: userId })
    .onConflict((oc) => oc.columns(['recommendation_id', 'action_id']).doNothing())
    .returning('action_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** False when they were not linked. */
export async function deleteLink(db: Db, recommendationId: number, actionId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('audit_recommendation_action')
    .where('recommendation_id', '=', recommendationId)
    .where('action_id', '=', actionId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether the recommendation is in one of the organisation's audits. */
export async function isRecommendationOf(db: Db, organisationId: number, recommendationId: number): Promise<boolean> {
  const row = await db
    .selectFrom('audit_recommendation as r')
    .innerJoin('external_audit as a', 'a.id', 'r.audit_id')
    .select('r.id')
    .where('r.id', '=', recommendationId)
    .where('a.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
