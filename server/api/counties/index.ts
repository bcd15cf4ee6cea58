import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { referenceRoutes } from './routes';

/** Reference data: the counties. */
export const prefix = '/api/counties';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(referenceRoutes);
};
