import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListSchema, auditQuerySchema, type AuditEntryView } from '#shared/api/audit';
import { errorBodySchema } from '#shared/api/errors';
import { countAudit, listAudit } from '#server/audit/repository';

type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

function toView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actor: row.actor_user_id === null ? null : { id: row.actor_user_id, email: row.actor_email },
    organisation: row.organisation_id === null ? null : { id: row.organisation_id, name: row.organisation_name },
    roundId: row.round_id,
    details: row.details,
    ip: row.ip,
  };
}

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Read the audit log, newest first, with filters; total counts every matching entry',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => {
      const { limit, offset, ...q } = request.query;
      const filter = { ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined };
      const [rows, total] = await Promise.all([listAudit(app.db, { ...filter, limit, offset }), countAudit(app.db, filter)]);
      return { entries: rows.map(toView), total };
    },
  );
};
