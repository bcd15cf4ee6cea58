import type { FastifyRequest } from 'fastify';
import { recordAudit } from '#server/audit/repository';
import type { Db } from '#server/db/sql';

/**
 * One audit-log row per organisation an auditor read in a request
 * (`auditor.read`): what was asked for, so the organisation's access log can
 * show who read what and when.
 */
export async function recordAuditorReads(db: Db, request: FastifyRequest, organisationIds: number[]) {
  const details = { method: request.method, route: request.routeOptions.url ?? null, path: request.url.split('?')[0] };
  for (const organisationId of organisationIds) {
    await recordAudit(db, { actorUserId: request.user!.id, action: 'auditor.read', organisationId, details, ip: request.ip });
  }
}
