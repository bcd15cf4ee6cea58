import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminRoundRoutes } from './routes';
import { roundAdminRoutes } from './participation-routes';
import { responseExchangeRoutes } from './response-exchange-routes';

/** Round administration: create, settings and state; invitations, monitor, reminders, reopening; the responses' CSV export and import. */
export const prefix = '/api/admin/rounds';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(adminRoundRoutes);
  await app.register(roundAdminRoutes);
  await app.register(responseExchangeRoutes);
};
