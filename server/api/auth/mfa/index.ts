import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mfaRoutes } from './routes';

/** Multi-factor authentication: the challenge after the password, enrolment, one's own factors (docs/decisions/0024). */
export const prefix = '/api/auth/mfa';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(mfaRoutes);
};
