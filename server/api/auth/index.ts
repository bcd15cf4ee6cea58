import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authRoutes } from './routes';
import { accountRoutes } from './account-routes';

/** Signing in and out, the session, password change and reset, accepting invitations. */
export const prefix = '/api/auth';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(authRoutes);
  await app.register(accountRoutes);
};
