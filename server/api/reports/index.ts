import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reportRoutes } from './routes';

/** The national report of a published round (public), its preview and the analysts' commentary (issue #18). */
export const prefix = '/api/reports';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(reportRoutes);
};
