import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationAdminRoutes } from './routes';

/** Creating and editing organisations, importing their attributes. */
export const prefix = '/api/admin/organisations';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(organisationAdminRoutes);
};
