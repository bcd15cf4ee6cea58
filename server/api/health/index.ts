import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthRoutes } from './routes';

/** Liveness and database readiness. */
export const prefix = '/api/health';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(healthRoutes);
};
