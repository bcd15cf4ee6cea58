import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { userAdminRoutes } from './routes';

/** User accounts: list, invite, roles, disable and enable. */
export const prefix = '/api/admin/users';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(userAdminRoutes);
};
