import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mailRoutes } from './routes';

/** The mail outbox: delivery status and retries. */
export const prefix = '/api/admin/outbox';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(mailRoutes);
};
