import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openDataListRoutes } from './routes';

/** What the open-data page lists: published rounds and their files (the files themselves are under /oppna-data). */
export const prefix = '/api/open-data';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(openDataListRoutes);
};
