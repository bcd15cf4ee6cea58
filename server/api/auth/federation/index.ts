import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { federationRoutes } from './routes';

/** Federated sign-in (docs/decisions/0025): routing by domain, OpenID Connect and SAML 2.0 logins, SP metadata, single logout. */
export const prefix = '/api/auth/federation';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(federationRoutes);
};
