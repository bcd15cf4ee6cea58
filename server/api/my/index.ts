import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { myRoutes } from './routes';

/** The caller's own survey rounds. */
export const prefix = '/api/my';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(myRoutes);
};
