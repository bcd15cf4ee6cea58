import { z } from 'zod';
import { pageQueryFields } from './paging';

/**
 * Where the mail an action wrote went: `smtp` — handed to the mail server for
 * sending; `outbox` — no mail server is configured (SMTP_URL unset), so the
 * messages wait in the outbox and nobody receives them until someone sends them by hand.
 */
export const deliveryModeSchema = z.enum(['smtp', 'outbox']);
export type DeliveryMode = z.infer<typeof deliveryModeSchema>;

export const outboxQuerySchema = z.object({
  to: z.string().trim().max(254).optional(),
  kind: z.string().trim().max(50).optional(),
  ...pageQueryFields,
});

/**
 * Where a message is in its delivery: waiting for its first attempt, handed
 * to SMTP right now, sent, waiting to try again after a failure, given up
 * after the last retry (the dead letter, which an administrator can retry),
 * or cancelled before it was sent (never sent).
 */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'retrying', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const outboxMessageSchema = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  userId: z.number().int().nullable(),
  organisationId: z.number().int().nullable(),
  createdAt: z.string(),
  status: z.enum(deliveryStatuses),
  sentAt: z.string().nullable(),
  /** The last failed attempt's error (kept after a later success is recorded as null). */
  error: z.string().nullable(),
  /** SMTP attempts so far; an administrator's retry starts again at 0. */
  attempts: z.number().int(),
  /** When the queue tries again (status retrying). */
  nextAttemptAt: z.string().nullable(),
  /** When delivery was given up after the last retry (status failed). */
  failedAt: z.string().nullable(),
  /** When the message was cancelled before delivery (e.g. its round invitation withdrawn); it is never sent. */
  cancelledAt: z.string().nullable(),
});
export type OutboxMessageView = z.infer<typeof outboxMessageSchema>;

/** One page of messages; total counts every matching message; smtp says whether the app sends mail at all. */
export const outboxListSchema = z.object({ messages: z.array(outboxMessageSchema), total: z.number().int(), smtp: z.boolean() });

export const outboxMessageParamsSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 53 - 1),
});
export const outboxMessageResponseSchema = z.object({ message: outboxMessageSchema });
