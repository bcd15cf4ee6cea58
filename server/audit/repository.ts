import type { AuditAction } from '#shared/api/audit';
import type { Db } from '#server/db/sql';
import { escapeLike } from '#server/db/sql';

export type AuditEntry = {
  actorUserId: number | null;
  action: AuditAction;
  organisationId?: number | null;
  roundId?: number | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/** Records who did what; call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorUserId,
      action: entry.action,
      organisation_id: entry.organisationId ?? null,
      round_id: entry.roundId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
    })
    .execute();
}

export type AuditFilter = {
  action?: string | undefined;
  organisationId?: number | undefined;
  actorUserId?: number | undefined;
  roundId?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
};

function filteredAudit(db: Db, filter: AuditFilter) {
  return db
    .selectFrom('audit_log')
    .$if(filter.action !== undefined, (q) => q.where('audit_log.action', 'like', `${escapeLike(filter.action!)}%`))
    .$if(filter.organisationId !== undefined, (q) => q.where('audit_log.organisation_id', '=', filter.organisationId!))
    .$if(filter.actorUserId !== undefined, (q) => q.where('audit_log.actor_user_id', '=', filter.actorUserId!))
    .$if(filter.roundId !== undefined, (q) => q.where('audit_log.round_id', '=', filter.roundId!))
    .$if(filter.from !== undefined, (q) => q.where('audit_log.at', '>=', filter.from!))
    .$if(filter.to !== undefined, (q) => q.where('audit_log.at', '<', filter.to!));
}

/** One page of entries, newest first: by id, which is unique, so pages neither repeat nor skip rows. */
export function listAudit(db: Db, filter: AuditFilter & { limit: number; offset: number }) {
  return filteredAudit(db, filter)
    .leftJoin('app_user', 'app_user.id', 'audit_log.actor_user_id')
    .leftJoin('organisation', 'organisation.id', 'audit_log.organisation_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.actor_user_id',
      'app_user.email as actor_email',
      'audit_log.organisation_id',
      'organisation.name as organisation_name',
      'audit_log.round_id',
      'audit_log.details',
      'audit_log.ip',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countAudit(db: Db, filter: AuditFilter): Promise<number> {
  const row = await filteredAudit(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
