import { sql, type Kysely } from 'kysely';
import type { SessionUser } from '#shared/api/auth';
import type {
  ActionList,
  CreateAction,
  ImprovementAction,
  ImprovementShare,
  RecordFollowUp,
  RoundImprovement,
  UpdateAction,
} from '#shared/api/improvement';
import { createActionSchema, recordFollowUpSchema, updateActionSchema } from '#shared/api/improvement';
import type { Actor } from '#server/audit/actor';
import { recordAudit } from '#server/audit/repository';
import { assertOrganisationAccess } from '#server/auth/guard';
import { insertLink, isRecommendationOf } from '#server/external-audits/action-links';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { conflict, notFound, validationFailed } from '#server/errors';
import { audienceOf, type DisclosureControl } from '#server/results/disclosure/control';
import { findRound } from '#server/rounds/repository';
import { assertRoundWritable, findVisibleRound } from '#server/rounds/service';
import * as repo from './repository';

const STALE_MESSAGE = 'Someone else has changed this action since you loaded it.';

/** Whether the user writes for the organisation (its respondents); reading is checked by assertOrganisationAccess. */
const canEdit = (user: SessionUser, organisationId: number) => user.roles.some((r) => r.role === 'respondent' && r.organisationId === organisationId);

export async function listOrganisationActions(
  db: Db,
  user: SessionUser,
  organisationId: number,
  filter: { year?: number | undefined; area?: string | undefined; before?: number | undefined },
): Promise<ActionList> {
  assertOrganisationAccess(user, organisationId, 'read');
  return {
    organisationId,
    canEdit: canEdit(user, organisationId),
    actions: await repo.listActions(db, { organisationId, ...filter }),
  };
}

async function assertKnownArea(db: Db, areaKey: string): Promise<void> {
  const area = await db.selectFrom('question_area').select('id').where('key', '=', areaKey).limit(1).executeTakeFirst();
  if (!area) throw validationFailed('body.areaKey', 'not_an_area', 'is not an area of the question bank');
}

function actionNotFound() {
  return notFound('improvement_action', 'No such action in this organisation’s plan.');
}

export async function createAction(
  db: Kysely<Database>,
  user: SessionUser,
  actor: Actor,
  organisationId: number,
  body: CreateAction,
): Promise<ImprovementAction> {
  assertOrganisationAccess(user, organisationId, 'write');
  const input = createActionSchema.parse(body);
  return db.transaction().execute(async (trx) => {
    await assertKnownArea(trx, input.areaKey);
    const round = await findRound(trx, { year: input.plannedInYear });
    if (!round || round.state === 'draft') throw validationFailed('body.plannedInYear', 'unknown_reference', 'no survey round of that year');
    const { recommendationId, ...values } = input;
    if (recommendationId !== undefined && !(await isRecommendationOf(trx, organisationId, recommendationId)))
      throw validationFailed('body.recommendationId', 'unknown_reference', 'no such recommendation in the organisation’s register');
    const id = await repo.insertAction(trx, { ...values, organisationId, createdBy: user.id });
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'improvement.action_created',
      organisationId,
      roundId: round.id,
      details: { actionId: id, areaKey: input.areaKey, status: input.status, origin: input.guidanceTargetLevel === null ? 'own' : 'guidance' },
    });
    if (recommendationId !== undefined) {
      await insertLink(trx, recommendationId, id, user.id);
      await recordAudit(trx, {
        actorUserId: actor.id,
        ip: actor.ip,
        action: 'audit_register.edited',
        organisationId,
        details: { entity: 'action_link', change: 'created', id: recommendationId, actionId: id },
      });
    }
    return (await repo.findAction(trx, organisationId, id))!;
  });
}

export async function updateAction(
  db: Kysely<Database>,
  user: SessionUser,
  actor: Actor,
  organisationId: number,
  actionId: number,
  body: UpdateAction,
): Promise<ImprovementAction> {
  assertOrganisationAccess(user, organisationId, 'write');
  const { version, ...values } = updateActionSchema.parse(body);
  return db.transaction().execute(async (trx) => {
    const current = await repo.findAction(trx, organisationId, actionId, true);
    if (!current) throw actionNotFound();
    if (!(await repo.updateAction(trx, actionId, version, values))) throw conflict('version_conflict', STALE_MESSAGE);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => values[key] !== current[key]);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'improvement.action_updated',
      organisationId,
      details: { actionId, areaKey: current.areaKey, changed, ...(changed.includes('status') ? { from: current.status, to: values.status } : {}) },
    });
    return (await repo.findAction(trx, organisationId, actionId))!;
  });
}

export async function deleteAction(
  db: Kysely<Database>,
  user: SessionUser,
  actor: Actor,
  organisationId: number,
  actionId: number,
  version: number,
): Promise<void> {
  assertOrganisationAccess(user, organisationId, 'write');
  await db.transaction().execute(async (trx) => {
    const current = await repo.findAction(trx, organisationId, actionId, true);
    if (!current) throw actionNotFound();
    if (current.version !== version) throw conflict('version_conflict', STALE_MESSAGE);
    await repo.deleteAction(trx, actionId);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'improvement.action_deleted',
      organisationId,
      details: { actionId, areaKey: current.areaKey, plannedInYear: current.plannedInYear, followUps: current.followUps.length },
    });
  });
}

/**
 * The respondent's verdict on an earlier round's action while answering the
 * round of `year`: only while that round takes answers (it holds the round's
 * shared lock, as the autosave does), and only for actions planned before it.
 */
export async function recordFollowUp(
  db: Kysely<Database>,
  user: SessionUser,
  actor: Actor,
  organisationId: number,
  actionId: number,
  year: number,
  body: RecordFollowUp,
): Promise<ImprovementAction> {
  assertOrganisationAccess(user, organisationId, 'write');
  const input = recordFollowUpSchema.parse(body);
  return db.transaction().execute(async (trx) => {
    const current = await repo.findAction(trx, organisationId, actionId, true);
    if (!current) throw actionNotFound();
    if (year <= current.plannedInYear)
      throw validationFailed('params.year', 'must_be_later', 'an action is followed up in a round after the one it was planned in');
    const round = await assertRoundWritable(trx, { year });
    await repo.upsertFollowUp(trx, { actionId, roundYear: year, outcome: input.outcome, comment: input.comment, recordedBy: user.id });
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'improvement.follow_up_recorded',
      organisationId,
      roundId: round.id,
      details: { actionId, areaKey: current.areaKey, year, outcome: input.outcome },
    });
    return (await repo.findAction(trx, organisationId, actionId))!;
  });
}

/** A count and its complement must each be 0 or at least `threshold`, and the whole at least `threshold`. */
function share(part: number, whole: number, threshold: number, extra: number[] = []): ImprovementShare {
  const safe = (n: number) => n === 0 || n >= threshold;
  const organisationsOk = whole >= threshold && safe(part) && safe(whole - part);
  if (!organisationsOk || !extra.every(safe)) return { share: null, organisations: null, suppressed: 'small_group' };
  return { share: whole === 0 ? null : part / whole, organisations: whole, suppressed: null };
}

/**
 * Analysts' figures of a round's improvement work, from the snapshot taken
 * when it closed: per area, the share of invited organisations with an
 * action plan and the share of the previous round's actions marked done.
 * Never any text. Each share passes the same thresholds as the disclosure
 * engine's audiences (N for analysts, N + 1 for readers who may be counted
 * themselves, everything for administrators on screen), and nothing before
 * the round closes (§6 rule 4).
 */
export async function roundImprovement(
  db: Db,
  disclosure: DisclosureControl,
  user: SessionUser,
  year: number,
  lang: 'sv' | 'en',
): Promise<RoundImprovement> {
  const round = await findVisibleRound(db, year, user);
  const audience = audienceOf(user, 'screen');
  const threshold = audience === 'full' ? 1 : audience === 'member' ? disclosure.threshold + 1 : disclosure.threshold;
  const areas = await db
    .selectFrom('question_area')
    .select(['key', sql<string>`title ->> ${lang}`.as('title')])
    .where('bank_version_id', '=', round.bankVersionId)
    .orderBy('position')
    .execute();
  const closed = round.state === 'closed' || round.state === 'published';
  const snapshot = closed ? await repo.summariseRoundSnapshot(db, round.id) : { takenAt: null, areas: [] };
  const byArea = new Map(snapshot.areas.map((a) => [a.areaKey, a]));
  const withheld = (suppressed: ImprovementShare['suppressed']): ImprovementShare => ({ share: null, organisations: null, suppressed });
  return {
    year,
    takenAt: snapshot.takenAt?.toISOString() ?? null,
    threshold: disclosure.threshold,
    areas: areas.map((area) => {
      const sums = byArea.get(area.key);
      if (!closed || !sums) {
        const reason = closed ? 'no_snapshot' : 'open_round';
        return { key: area.key, title: area.title, withPlan: withheld(reason), actionsDone: withheld(reason) };
      }
      const actionsDone = share(sums.withDone, sums.withPlan, threshold, [sums.withUndone, sums.withPlan - sums.withUndone]);
      return {
        key: area.key,
        title: area.title,
        withPlan: share(sums.withPlan, sums.organisations, threshold),
        actionsDone: actionsDone.suppressed
          ? actionsDone
          : { share: sums.actions === 0 ? null : sums.done / sums.actions, organisations: sums.withPlan, suppressed: null },
      };
    }),
  };
}
