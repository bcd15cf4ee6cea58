import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { roundRoutes } from './routes';
import { questionBankRoutes } from './question-routes';
import { resultRoutes } from './result-routes';
import { responseRoutes } from './response-routes';
import { improvementRoutes } from './improvement-routes';

/** Survey rounds: the list, a round's questions, its results and each organisation's response (the survey). */
export const prefix = '/api/rounds';

export const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(roundRoutes);
  await app.register(questionBankRoutes);
  await app.register(resultRoutes);
  await app.register(responseRoutes);
  await app.register(improvementRoutes);
};
