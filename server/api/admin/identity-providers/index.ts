import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { identityProviderRoutes } from './routes';

/** Identity providers for federated sign-in: configured by administrators (docs/decisions/0025). */
export const prefix = '/api/admin/identity-providers';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(identityProviderRoutes);
};
