import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { myRoundsResponseSchema } from '#shared/api/responses';
import { currentUser } from '#server/auth/guard';
import { listMyRounds } from '#server/responses/my-rounds';

export const myRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rounds',
    {
      config: { access: ['respondent', 'viewer'] },
      schema: {
        tags: ['responses'],
        summary: "Survey rounds of the caller's organisations, with each response's status and the deadline",
        response: { 200: myRoundsResponseSchema },
      },
    },
    async (request) => ({ rounds: await listMyRounds(app.db, currentUser(request)) }),
  );
};
