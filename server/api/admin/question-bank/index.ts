import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bankVersionRoutes } from './routes';

/** Question bank versions: list, read, draft and edit. */
export const prefix = '/api/admin/question-bank';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(bankVersionRoutes);
};
