import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationRoutes } from './routes';
import { organisationResultRoutes } from './result-routes';
import { organisationAuditRoutes } from './audit-routes';
import { auditorRoutes } from './auditor-routes';
import { groupRoutes } from './group-routes';
import { organisationActionRoutes } from './action-routes';

/** Organisations as their members see them: details, attributes, inviting colleagues, results, the register of audit recommendations, auditors and access log, the group view. */
export const prefix = '/api/organisations';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(organisationRoutes);
  await app.register(organisationResultRoutes);
  await app.register(organisationAuditRoutes);
  await app.register(auditorRoutes);
  await app.register(groupRoutes);
  await app.register(organisationActionRoutes);
};
