import { z } from 'zod';
import { idParamSchema } from './ids';
import { pageQueryFields } from './paging';

export { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './audit-actions';

export const auditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  organisationId: idParamSchema.optional(),
  actorUserId: idParamSchema.optional(),
  roundId: idParamSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  ...pageQueryFields,
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  actor: z.object({ id: z.number().int(), email: z.string().nullable() }).nullable(),
  organisation: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
  roundId: z.number().int().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});

/** One page of entries; total counts every entry the filters match. */
export const auditListSchema = z.object({ entries: z.array(auditEntrySchema), total: z.number().int() });
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
