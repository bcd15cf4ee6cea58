import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registrationRoutes } from './routes';

/** Registration links: an organisation answers an invitation to a round. */
export const prefix = '/api/registrations';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(registrationRoutes);
};
