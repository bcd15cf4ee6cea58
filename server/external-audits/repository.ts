import { sql } from 'kysely';
import {
  AUDIT_AREA_KEYS,
  type AuditRegister,
  type ExternalAudit,
  type ExternalAuditBody,
  type FollowUpBody,
  type RecommendationBody,
} from '#shared/api/external-audits';
import type { Language } from '#shared/question-bank/schema';
import type { Db } from '#server/db/sql';
import { linkedActionsOf } from './action-links';

/** The register's rows (docs/decisions/0016): external_audit → audit_recommendation → audit_recommendation_follow_up. */

const auditedOn = sql<string>`to_char(audited_on, 'YYYY-MM-DD')`.as('audited_on');

/** The whole register of one organisation, newest audit first, recommendations in the order they were added. */
export async function loadRegister(db: Db, organisationId: number, lang: Language = 'sv'): Promise<AuditRegister> {
  const audits = await db
    .selectFrom('external_audit')
    .select(['id', 'title', 'auditor_firm', 'report_reference', auditedOn])
    .where('organisation_id', '=', organisationId)
    .orderBy('external_audit.audited_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const ids = audits.map((a) => a.id);
  const recommendations = ids.length
    ? await db.selectFrom('audit_recommendation').selectAll().where('audit_id', 'in', ids).orderBy('id').execute()
    : [];
  const recommendationIds = recommendations.map((r) => r.id);
  const followUps = recommendationIds.length
    ? await db
        .selectFrom('audit_recommendation_follow_up')
        .select(['recommendation_id', 'year', 'outcome', 'comment', 'recorded_at'])
        .where('recommendation_id', 'in', recommendationIds)
        .orderBy('year')
        .execute()
    : [];
  const linkedActions = await linkedActionsOf(db, recommendationIds);
  const titles = await areaTitles(db, lang);
  return {
    organisationId,
    areas: AUDIT_AREA_KEYS.map((key) => ({ key, title: titles.get(key) ?? key })),
    audits: audits.map((audit): ExternalAudit => ({
      id: audit.id,
      organisationId,
      title: audit.title,
      auditorFirm: audit.auditor_firm,
      auditedOn: audit.audited_on,
      reportReference: audit.report_reference,
      recommendations: recommendations
        .filter((r) => r.audit_id === audit.id)
        .map((r) => ({
          id: r.id,
          auditId: r.audit_id,
          text: r.text,
          areaKeys: r.area_keys as ExternalAudit['recommendations'][number]['areaKeys'],
          priority: r.priority,
          followUps: followUps
            .filter((f) => f.recommendation_id === r.id)
            .map((f) => ({ year: f.year, outcome: f.outcome, comment: f.comment, recordedAt: f.recorded_at.toISOString() })),
          actions: linkedActions.get(r.id) ?? [],
        })),
    })),
  };
}

export async function insertAudit(db: Db, organisationId: number, body: ExternalAuditBody, userId: number | null): Promise<number> {
  const row = await db
    .insertInto('external_audit')
    .values({
      organisation_id: organisationId,
      title: body.title,
      auditor_firm: body.auditorFirm,
      audited_on: body.auditedOn,
      report_reference: body.reportReference,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** False when the organisation has no such audit. */
export async function updateAudit(db: Db, organisationId: number, auditId: number, body: ExternalAuditBody): Promise<boolean> {
  const result = await db
    .updateTable('external_audit')
    .set({
      title: body.title,
      auditor_firm: body.auditorFirm,
      audited_on: body.auditedOn,
      report_reference: body.reportReference,
      updated_at: sql`now()`,
    })
    .where('id', '=', auditId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes the audit with its recommendations and follow-ups; false when the organisation has no such audit. */
export async function deleteAudit(db: Db, organisationId: number, auditId: number): Promise<boolean> {
  const result = await db.deleteFrom('external_audit').where('id', '=', auditId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether the audit is the organisation's; locks it, so its recommendations are not written under a deletion. */
export async function auditBelongsTo(db: Db, organisationId: number, auditId: number): Promise<boolean> {
  const row = await db
    .selectFrom('external_audit')
    .select('id')
    .where('id', '=', auditId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRecommendation(db: Db, auditId: number, body: RecommendationBody): Promise<number> {
  const row = await db
    .insertInto('audit_recommendation')
    .values({ audit_id: auditId, text: body.text, area_keys: body.areaKeys, priority: body.priority })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The recommendation's id when it is one of the organisation's audit's; locked for the change. */
export async function recommendationOf(db: Db, organisationId: number, auditId: number, recommendationId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('audit_recommendation as r')
    .innerJoin('external_audit as a', 'a.id', 'r.audit_id')
    .select('r.id')
    .where('r.id', '=', recommendationId)
    .where('r.audit_id', '=', auditId)
    .where('a.organisation_id', '=', organisationId)
    .forUpdate('r')
    .executeTakeFirst();
  return row?.id;
}

export async function updateRecommendation(db: Db, recommendationId: number, body: RecommendationBody): Promise<void> {
  await db
    .updateTable('audit_recommendation')
    .set({ text: body.text, area_keys: body.areaKeys, priority: body.priority, updated_at: sql`now()` })
    .where('id', '=', recommendationId)
    .execute();
}

export async function deleteRecommendation(db: Db, recommendationId: number): Promise<void> {
  await db.deleteFrom('audit_recommendation').where('id', '=', recommendationId).execute();
}

/** Records (or replaces) the follow-up of one year. */
export async function upsertFollowUp(db: Db, recommendationId: number, year: number, body: FollowUpBody, userId: number | null): Promise<void> {
  await db
    .insertInto('audit_recommendation_follow_up')
    .values({ recommendation_id: recommendationId, year, outcome: body.outcome, comment: body.comment, recorded_by: userId })
    .onConflict((oc) =>
      oc.columns(['recommendation_id', 'year']).doUpdateSet((eb) => ({
        outcome: eb.ref('excluded.outcome'),
        comment: eb.ref('excluded.comment'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: sql`now()`,
      })),
    )
    .execute();
}

/** False when there was no follow-up that year. */
export async function deleteFollowUp(db: Db, recommendationId: number, year: number): Promise<boolean> {
  const result = await db
    .deleteFrom('audit_recommendation_follow_up')
    .where('recommendation_id', '=', recommendationId)
    .where('year', '=', year)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Area titles of the newest question bank version, by key. */
export async function areaTitles(db: Db, lang: Language): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('question_area')
    .select(['key', 'title'])
    .where('bank_version_id', '=', (eb) => eb.selectFrom('question_bank_version').select((e) => e.fn.max('id').as('id')))
    .execute();
  return new Map(rows.map((r) => [r.key, r.title[lang]]));
}
