import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiTokenRoutes } from './routes';

/** Personal API tokens: list, create (shown once), revoke. */
export const prefix = '/api/account/tokens';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(apiTokenRoutes);
};
