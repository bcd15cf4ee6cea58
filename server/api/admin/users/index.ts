import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { userMfaAdminRoutes } from './mfa-routes';
import { userAdminRoutes } from './routes';

/** User accounts: list, invite, roles, disable and enable, reset MFA. */
export const prefix = '/api/admin/users';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(userAdminRoutes);
  await app.register(userMfaAdminRoutes);
};
