import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resultRoutes } from './routes';

/** National results across rounds: trends and filter values. */
export const prefix = '/api/results';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(resultRoutes);
};
