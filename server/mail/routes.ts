import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../shared/api/errors';
import { outboxListSchema, outboxQuerySchema, type OutboxMessageView } from '../../shared/api/mail';
import { countOutbox, listOutbox } from './repository';

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];

function toView(row: OutboxRow): OutboxMessageView {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.body_text,
    kind: row.kind,
    userId: row.user_id,
    organisationId: row.organisation_id,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    error: row.error,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  };
}

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/outbox',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Read the outbox (every message the app has written), newest first; total counts every matching message',
        querystring: outboxQuerySchema,
        response: { 200: outboxListSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const [rows, total] = await Promise.all([listOutbox(app.db, { ...filter, limit, offset }), countOutbox(app.db, filter)]);
      return { messages: rows.map(toView), total };
    },
  );
};
