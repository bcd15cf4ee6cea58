import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { roundListResponseSchema } from '#shared/api/rounds';
import { toRoundResponse } from '#server/rounds/response';
import { listVisibleRounds } from '#server/rounds/service';

export const roundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'user' },
      schema: {
        tags: ['rounds'],
        summary: 'Survey rounds the caller may see, newest first (drafts only for administrators)',
        response: { 200: roundListResponseSchema },
      },
    },
    async (request) => {
      const rounds = await listVisibleRounds(app.db, request.user);
      return { rounds: rounds.map((round) => toRoundResponse(round)) };
    },
  );
};
