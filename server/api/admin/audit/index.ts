import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './routes';

/** The audit log. */
export const prefix = '/api/admin/audit';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(auditRoutes);
};
