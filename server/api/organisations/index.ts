import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationRoutes } from './routes';
import { organisationResultRoutes } from './result-routes';
import { organisationAuditRoutes } from './audit-routes';

/** Organisations as their members see them: details, attributes, inviting colleagues, results, the register of audit recommendations. */
export const prefix = '/api/organisations';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(organisationRoutes);
  await app.register(organisationResultRoutes);
  await app.register(organisationAuditRoutes);
};
