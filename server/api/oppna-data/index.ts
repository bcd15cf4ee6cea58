import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openDataFileRoutes } from './routes';

/**
 * Open data files (interfaces §5, docs/open-data.md): public, outside /api,
 * with stable addresses. The human page /oppna-data is the client's.
 */
export const prefix = '/oppna-data';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(openDataFileRoutes);
};
