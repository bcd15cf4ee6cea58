import { sql } from 'kysely';
import { ACCESS_LOG_ACTIONS, type AccessLog, type AuditorGrant, type AuditorGrantStatus } from '#shared/api/auditors';
import type { Actor } from '#server/audit/actor';
import { recordAudit } from '#server/audit/repository';
import { isoDate, swedishToday } from '#server/auth/reader-access';
import type { Db } from '#server/db/sql';
import { notFound } from '#server/errors';

/** Today's Swedish date as YYYY-MM-DD, from the database's clock (the one the access check uses). */
export async function swedishDate(db: Db): Promise<string> {
  const { rows } = await sql<{ today: string }>`select to_char(${swedishToday}, 'YYYY-MM-DD') as today`.execute(db);
  return rows[0]!.today;
}

export const noSuchGrant = () => notFound('auditor_grant', 'No such auditor grant for this organisation.');

function selectGrants(db: Db) {
  return db
    .selectFrom('auditor_grant')
    .innerJoin('app_user as auditor', 'auditor.id', 'auditor_grant.user_id')
    .leftJoin('app_user as granter', 'granter.id', 'auditor_grant.granted_by')
    .select([
      'auditor_grant.id',
      'auditor.email',
      'auditor.name',
      isoDate('auditor_grant.starts_on').as('startsOn'),
      isoDate('auditor_grant.ends_on').as('endsOn'),
      'granter.name as grantedByName',
      'auditor_grant.created_at',
      'auditor_grant.accepted_at',
      'auditor_grant.revoked_at',
      sql<AuditorGrantStatus>`case
        when auditor_grant.revoked_at is not null then 'revoked'
        when auditor_grant.ends_on < ${swedishToday} then 'ended'
        when auditor_grant.accepted_at is null then 'invited'
        when auditor_grant.starts_on > ${swedishToday} then 'upcoming'
        else 'active' end`.as('status'),
    ]);
}

type GrantRow = Awaited<ReturnType<ReturnType<typeof selectGrants>['execute']>>[number];

const toGrant = (row: GrantRow): AuditorGrant => ({
  id: row.id,
  email: row.email,
  name: row.name,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  status: row.status,
  grantedByName: row.grantedByName,
  createdAt: row.created_at.toISOString(),
  acceptedAt: row.accepted_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** An organisation's auditor grants, the latest first. */
export async function listGrants(db: Db, organisationId: number): Promise<AuditorGrant[]> {
  const rows = await selectGrants(db)
    .where('auditor_grant.organisation_id', '=', organisationId)
    .orderBy('auditor_grant.created_at', 'desc')
    .orderBy('auditor_grant.id', 'desc')
    .execute();
  return rows.map(toGrant);
}

export async function findGrant(db: Db, organisationId: number, grantId: number): Promise<AuditorGrant | undefined> {
  const row = await selectGrants(db)
    .where('auditor_grant.organisation_id', '=', organisationId)
    .where('auditor_grant.id', '=', grantId)
    .executeTakeFirst();
  return row && toGrant(row);
}

/**
 * Revokes a grant (and its invitation, if not accepted yet): from the next
 * request on, the auditor reads nothing more. Revoking a revoked grant
 * changes nothing.
 */
export async function revokeGrant(db: Db, actor: Actor, organisationId: number, grantId: number): Promise<AuditorGrant> {
  return db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('auditor_grant')
      .set({ revoked_at: sql<Date>`now()`, revoked_by: actor.id })
      .where('id', '=', grantId)
      .where('organisation_id', '=', organisationId)
      .where('revoked_at', 'is', null)
      .returning([
        'id',
        'user_id',
        (eb) => eb.selectFrom('app_user').select('email').whereRef('app_user.id', '=', 'auditor_grant.user_id').as('email'),
      ])
      .executeTakeFirst();
    if (revoked) {
      await trx
        .updateTable('account_invitation')
        .set({ revoked_at: sql<Date>`now()` })
        .where('auditor_grant_id', '=', grantId)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      await recordAudit(trx, {
        actorUserId: actor.id,
        action: 'auditor.revoked',
        organisationId,
        ip: actor.ip,
        details: { auditorGrantId: grantId, userId: revoked.user_id, email: revoked.email },
      });
    }
    const grant = await findGrant(trx, organisationId, grantId);
    if (!grant) throw noSuchGrant();
    return grant;
  });
}

/**
 * The organisation's access log: auditors' reads, and grants given and
 * revoked, newest first, with who and when.
 */
export async function accessLog(db: Db, organisationId: number, page: { limit: number; offset: number }): Promise<AccessLog> {
  const base = db
    .selectFrom('audit_log')
    .where('audit_log.organisation_id', '=', organisationId)
    .where('audit_log.action', 'in', [...ACCESS_LOG_ACTIONS]);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('app_user as actor', 'actor.id', 'audit_log.actor_user_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.action',
        'actor.name as actorName',
        'actor.email as actorEmail',
        sql<string | null>`audit_log.details->>'path'`.as('path'),
        sql<string | null>`audit_log.details->>'email'`.as('auditorEmail'),
        sql<string | null>`audit_log.details->>'startsOn'`.as('startsOn'),
        sql<string | null>`audit_log.details->>'endsOn'`.as('endsOn'),
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      action: row.action as (typeof ACCESS_LOG_ACTIONS)[number],
      actorName: row.actorName,
      actorEmail: row.actorEmail,
      path: row.path,
      auditorEmail: row.auditorEmail,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    })),
    total: Number(count.total),
  };
}
