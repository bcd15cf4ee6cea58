import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '#shared/api/errors';
import { idParamSchema } from '#shared/api/ids';
import { outboxListSchema, outboxMessageResponseSchema, outboxQuerySchema, type DeliveryStatus, type OutboxMessageView } from '#shared/api/mail';
import { z } from 'zod';
import { recordAudit } from '#server/audit/repository';
import { currentUser } from '#server/auth/guard';
import { HttpError, notFound } from '#server/errors';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { countOutbox, findOutboxMessage, listOutbox } from '#server/mail/repository';

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];

/** Sent wins over cancelled: a message cancelled while SMTP already had it went out all the same. */
function statusOf(row: OutboxRow): DeliveryStatus {
  if (row.sent_at) return 'sent';
  if (row.cancelled_at) return 'cancelled';
  if (row.failed_at) return 'failed';
  if (row.sending_at) return 'sending';
  return row.attempts > 0 ? 'retrying' : 'queued';
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

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
    status: statusOf(row),
    sentAt: iso(row.sent_at),
    error: row.error,
    attempts: row.attempts,
    nextAttemptAt: iso(row.next_attempt_at),
    failedAt: iso(row.failed_at),
    cancelledAt: iso(row.cancelled_at),
  };
}

const refusals: Partial<Record<DeliveryStatus, string>> = {
  sent: 'The message has been sent.',
  cancelled: 'The message was cancelled; it is never sent.',
  sending: 'The message is being sent right now.',
};

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
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
      return { messages: rows.map(toView), total, smtp: app.mailDelivery !== null };
    },
  );

  app.post(
    '/:id/retry',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary:
          'Send a message again: a fresh round of attempts for one given up (failed) or still waiting; not for sent, cancelled or in-flight ones',
        params: z.object({ id: idParamSchema }),
        response: { 200: outboxMessageResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const delivery = app.mailDelivery;
      if (!delivery) throw new HttpError(409, 'mail_not_configured', 'No mail server is set up (SMTP_URL): the outbox is the delivery.');
      const before = await findOutboxMessage(app.db, id);
      if (!before) throw notFound('message', 'No such message.');
      const retried = await app.db.transaction().execute(async (trx) => {
        if (!(await delivery.retry(trx, id))) return false;
        await recordAudit(trx, {
          actorUserId: currentUser(request).id,
          action: 'outbox.retried',
          organisationId: before.organisation_id,
          ip: request.ip,
          details: { outboxId: id, status: statusOf(before), attempts: before.attempts, error: before.error },
        });
        return true;
      });
      const after = (await findOutboxMessage(app.db, id))!;
      if (!retried) {
        const status = statusOf(after);
        throw new HttpError(409, 'mail_not_retryable', refusals[status] ?? 'The message cannot be retried now.', { status });
      }
      delivery.wake();
      return { message: toView(after) };
    },
  );
};
