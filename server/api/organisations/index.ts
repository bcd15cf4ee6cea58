import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationRoutes } from './routes';
import { organisationResultRoutes } from './result-routes';
import { organisationActionRoutes } from './action-routes';

/** Organisations as their members see them: details, attributes, inviting colleagues, results. */
export const prefix = '/api/organisations';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(organisationRoutes);
  await app.register(organisationResultRoutes);
  await app.register(organisationActionRoutes);
};
