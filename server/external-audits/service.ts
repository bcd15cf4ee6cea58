import type { Kysely } from 'kysely';
import type { AuditRegister, ExternalAuditBody, FollowUpBody, RecommendationBody, RegisterImportResult } from '#shared/api/external-audits';
import type { Language } from '#shared/question-bank/schema';
import type { Actor } from '#server/audit/actor';
import { recordAudit } from '#server/audit/repository';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { withLongStatementTimeout } from '#server/db/timeouts';
import { conflict, notFound } from '#server/errors';
import { noSuchOrganisation } from '#server/organisations/service';
import { actionVersionOf, deleteLink, insertLink } from './action-links';
import { registerToXlsx } from './export';
import { auditKey, readRegisterCsv, writeRegisterCsv } from './register-csv';
import {
  auditBelongsTo,
  deleteAudit,
  deleteFollowUp,
  deleteRecommendation,
  insertAudit,
  insertRecommendation,
  loadRegister,
  recommendationOf,
  updateAudit,
  updateRecommendation,
  upsertFollowUp,
} from './repository';

/**
 * The register of external audit recommendations (decision 0016). Callers
 * check access first (`assertOrganisationAccess`: the organisation's
 * respondents write, its viewers read); every change, import and export is
 * in the audit log under the organisation.
 */

const noSuchAudit = () => notFound('external_audit', 'The organisation has no such audit.');
const noSuchRecommendation = () => notFound('recommendation', 'The audit has no such recommendation.');

/** Locks the organisation's row: imports and changes of one register queue, so an import never creates an audit twice. */
async function lockOrganisation(db: Db, organisationId: number): Promise<void> {
  const row = await db.selectFrom('organisation').select('id').where('id', '=', organisationId).forUpdate().executeTakeFirst();
  if (!row) throw noSuchOrganisation();
}

type Edit = {
  entity: 'audit' | 'recommendation' | 'follow_up' | 'action_link';
  change: 'created' | 'updated' | 'deleted';
  id: number;
  year?: number;
  /** For a link: the plan's action linked to (or unlinked from) the recommendation `id`. */
  actionId?: number;
};

async function logEdit(db: Db, actor: Actor, organisationId: number, edit: Edit): Promise<void> {
  await recordAudit(db, { actorUserId: actor.id, ip: actor.ip, action: 'audit_register.edited', organisationId, details: edit });
}

export async function getRegister(db: Db, organisationId: number, lang: Language): Promise<AuditRegister> {
  const exists = await db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst();
  if (!exists) throw noSuchOrganisation();
  return loadRegister(db, organisationId, lang);
}

export async function createAudit(db: Kysely<Database>, actor: Actor, organisationId: number, body: ExternalAuditBody): Promise<AuditRegister> {
  return db.transaction().execute(async (trx) => {
    await lockOrganisation(trx, organisationId);
    const id = await insertAudit(trx, organisationId, body, actor.id);
    await logEdit(trx, actor, organisationId, { entity: 'audit', change: 'created', id });
    return loadRegister(trx, organisationId);
  });
}

export async function changeAudit(db: Kysely<Database>, actor: Actor, organisationId: number, auditId: number, body: ExternalAuditBody) {
  return db.transaction().execute(async (trx) => {
    if (!(await updateAudit(trx, organisationId, auditId, body))) throw noSuchAudit();
    await logEdit(trx, actor, organisationId, { entity: 'audit', change: 'updated', id: auditId });
    return loadRegister(trx, organisationId);
  });
}

export async function removeAudit(db: Kysely<Database>, actor: Actor, organisationId: number, auditId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteAudit(trx, organisationId, auditId))) throw noSuchAudit();
    await logEdit(trx, actor, organisationId, { entity: 'audit', change: 'deleted', id: auditId });
  });
}

export async function addRecommendation(db: Kysely<Database>, actor: Actor, organisationId: number, auditId: number, body: RecommendationBody) {
  return db.transaction().execute(async (trx) => {
    if (!(await auditBelongsTo(trx, organisationId, auditId))) throw noSuchAudit();
    const id = await insertRecommendation(trx, auditId, body);
    await logEdit(trx, actor, organisationId, { entity: 'recommendation', change: 'created', id });
    return loadRegister(trx, organisationId);
  });
}

type RecommendationRef = { organisationId: number; auditId: number; recommendationId: number };

async function recommendationOrThrow(db: Db, ref: RecommendationRef): Promise<number> {
  const id = await recommendationOf(db, ref.organisationId, ref.auditId, ref.recommendationId);
  if (id === undefined) throw noSuchRecommendation();
  return id;
}

export async function changeRecommendation(db: Kysely<Database>, actor: Actor, ref: RecommendationRef, body: RecommendationBody) {
  return db.transaction().execute(async (trx) => {
    const id = await recommendationOrThrow(trx, ref);
    await updateRecommendation(trx, id, body);
    await logEdit(trx, actor, ref.organisationId, { entity: 'recommendation', change: 'updated', id });
    return loadRegister(trx, ref.organisationId);
  });
}

export async function removeRecommendation(db: Kysely<Database>, actor: Actor, ref: RecommendationRef): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const id = await recommendationOrThrow(trx, ref);
    await deleteRecommendation(trx, id);
    await logEdit(trx, actor, ref.organisationId, { entity: 'recommendation', change: 'deleted', id });
  });
}

export async function recordFollowUp(db: Kysely<Database>, actor: Actor, ref: RecommendationRef, year: number, body: FollowUpBody) {
  return db.transaction().execute(async (trx) => {
    const id = await recommendationOrThrow(trx, ref);
    await upsertFollowUp(trx, id, year, body, actor.id);
    await logEdit(trx, actor, ref.organisationId, { entity: 'follow_up', change: 'updated', id, year });
    return loadRegister(trx, ref.organisationId);
  });
}

export async function removeFollowUp(db: Kysely<Database>, actor: Actor, ref: RecommendationRef, year: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const id = await recommendationOrThrow(trx, ref);
    if (!(await deleteFollowUp(trx, id, year))) throw notFound('follow_up', `The recommendation has no follow-up for ${year}.`);
    await logEdit(trx, actor, ref.organisationId, { entity: 'follow_up', change: 'deleted', id, year });
  });
}

const noSuchAction = () => notFound('improvement_action', 'No such action in this organisation’s plan.');
const STALE_ACTION = 'Someone else has changed this action since you loaded it.';

/**
 * Checks the action is the organisation's and still at the version the user
 * saw (as the plan's own changes do: 409 `version_conflict` when stale); the
 * action is held (FOR SHARE) until the link is written, so a deletion or a
 * change waits for it. The link does not change the action's version: it
 * is not one of the action's fields, and bumping it would turn the plan's
 * open edits stale for nothing.
 */
async function assertActionAt(db: Db, organisationId: number, actionId: number, version: number): Promise<void> {
  const current = await actionVersionOf(db, organisationId, actionId);
  if (current === undefined) throw noSuchAction();
  if (current !== version) throw conflict('version_conflict', STALE_ACTION);
}

/** Links a plan action to the recommendation (both the organisation's); answers the register. Linking twice changes nothing. */
export async function linkAction(db: Kysely<Database>, actor: Actor, ref: RecommendationRef, actionId: number, version: number) {
  return db.transaction().execute(async (trx) => {
    const id = await recommendationOrThrow(trx, ref);
    await assertActionAt(trx, ref.organisationId, actionId, version);
    if (await insertLink(trx, id, actionId, actor.id)) {
      await logEdit(trx, actor, ref.organisationId, { entity: 'action_link', change: 'created', id, actionId });
    }
    return loadRegister(trx, ref.organisationId);
  });
}

/** Removes the link; 404 when there was none. */
export async function unlinkAction(db: Kysely<Database>, actor: Actor, ref: RecommendationRef, actionId: number, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const id = await recommendationOrThrow(trx, ref);
    await assertActionAt(trx, ref.organisationId, actionId, version);
    if (!(await deleteLink(trx, id, actionId))) throw notFound('improvement_action', 'The action is not linked to the recommendation.');
    await logEdit(trx, actor, ref.organisationId, { entity: 'action_link', change: 'deleted', id, actionId });
  });
}

/** The register as a file, audit-logged: CSV (docs/audit-register-csv.md) or a workbook in the language. */
export async function exportRegister(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: number,
  format: 'csv' | 'xlsx',
  lang: Language,
): Promise<{ file: string | Buffer; organisationCode: string }> {
  return withLongStatementTimeout(db, async (trx) => {
    const organisation = await trx.selectFrom('organisation').select('code').where('id', '=', organisationId).executeTakeFirst();
    if (!organisation) throw noSuchOrganisation();
    const register = await loadRegister(trx, organisationId, lang);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'audit_register.exported',
      organisationId,
      details: { format, audits: register.audits.length, recommendations: register.audits.reduce((n, a) => n + a.recommendations.length, 0) },
    });
    const file = format === 'csv' ? writeRegisterCsv(register) : await registerToXlsx(register, lang);
    return { file, organisationCode: organisation.code };
  });
}

/**
 * Imports a register file all or nothing: every line is checked before
 * anything is written. A file's audit is the register's audit of the same
 * title and date, its recommendation the audit's of the same text; they are
 * added when missing and take the file's other values, and a follow-up is
 * written for each year the file names. Nothing is deleted, so importing the
 * same file again, or a file exported here, changes nothing.
 */
export async function importRegister(db: Kysely<Database>, actor: Actor, organisationId: number, csv: string): Promise<RegisterImportResult> {
  const file = readRegisterCsv(csv);
  return withLongStatementTimeout(db, async (trx) => {
    await lockOrganisation(trx, organisationId);
    const current = await loadRegister(trx, organisationId);
    const existing = new Map(current.audits.map((a) => [auditKey(a.title, a.auditedOn), a]));
    const result: RegisterImportResult = {
      rows: file.rows,
      auditsCreated: 0,
      auditsUpdated: 0,
      recommendationsCreated: 0,
      recommendationsUpdated: 0,
      followUpsWritten: 0,
      unchanged: 0,
    };
    for (const [key, audit] of file.audits) {
      const stored = existing.get(key);
      const body = { title: audit.title, auditorFirm: audit.auditorFirm, auditedOn: audit.auditedOn, reportReference: audit.reportReference };
      let auditId: number;
      if (!stored) {
        auditId = await insertAudit(trx, organisationId, body, actor.id);
        result.auditsCreated++;
      } else {
        auditId = stored.id;
        if (stored.auditorFirm !== audit.auditorFirm || stored.reportReference !== audit.reportReference) {
          await updateAudit(trx, organisationId, auditId, body);
          result.auditsUpdated++;
        } else result.unchanged++;
      }
      for (const recommendation of audit.recommendations.values()) {
        const storedRecommendation = stored?.recommendations.find((r) => r.text === recommendation.text);
        const recommendationBody = {
          text: recommendation.text,
          areaKeys: recommendation.areaKeys as RecommendationBody['areaKeys'],
          priority: recommendation.priority,
        };
        let recommendationId: number;
        if (!storedRecommendation) {
          recommendationId = await insertRecommendation(trx, auditId, recommendationBody);
          result.recommendationsCreated++;
        } else {
          recommendationId = storedRecommendation.id;
          const sameAreas = [...storedRecommendation.areaKeys].sort().join() === [...recommendation.areaKeys].sort().join();
          if (!sameAreas || storedRecommendation.priority !== recommendation.priority) {
            await updateRecommendation(trx, recommendationId, recommendationBody);
            result.recommendationsUpdated++;
          } else result.unchanged++;
        }
        for (const [year, followUp] of recommendation.followUps) {
          const storedFollowUp = storedRecommendation?.followUps.find((f) => f.year === year);
          if (storedFollowUp && storedFollowUp.outcome === followUp.outcome && storedFollowUp.comment === followUp.comment) {
            result.unchanged++;
            continue;
          }
          await upsertFollowUp(trx, recommendationId, year, followUp, actor.id);
          result.followUpsWritten++;
        }
      }
    }
    await recordAudit(trx, { actorUserId: actor.id, ip: actor.ip, action: 'audit_register.imported', organisationId, details: result });
    return result;
  });
}
