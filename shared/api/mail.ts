import { z } from 'zod';
import { pageQueryFields } from './paging';

export const outboxQuerySchema = z.object({
  to: z.string().trim().max(254).optional(),
  kind: z.string().trim().max(50).optional(),
  ...pageQueryFields,
});

export const outboxMessageSchema = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  userId: z.number().int().nullable(),
  organisationId: z.number().int().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
  /** When the message was cancelled before delivery (e.g. its round invitation withdrawn); it is never sent. */
  cancelledAt: z.string().nullable(),
});
export type OutboxMessageView = z.infer<typeof outboxMessageSchema>;

/** One page of messages; total counts every message the filters match. */
export const outboxListSchema = z.object({ messages: z.array(outboxMessageSchema), total: z.number().int() });
