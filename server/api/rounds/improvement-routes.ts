import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '#shared/api/errors';
import { roundImprovementQuerySchema, roundImprovementSchema } from '#shared/api/improvement';
import { roundYearParamsSchema } from '#shared/api/rounds';
import { currentUser } from '#server/auth/guard';
import { roundImprovement } from '#server/improvement/service';

/** Analysts' view of the improvement loop: disclosure-controlled shares from the snapshot taken at the round's close. */
export const improvementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:year/improvement',
    {
      config: { access: ['analyst', 'admin'] },
      schema: {
        tags: ['improvement'],
        summary: 'Per area: share of organisations with an action plan and share of last round’s actions done (closed rounds only)',
        params: roundYearParamsSchema,
        querystring: roundImprovementQuerySchema,
        response: { 200: roundImprovementSchema, 404: errorBodySchema },
      },
    },
    async (request) => roundImprovement(app.db, app.disclosure, currentUser(request), request.params.year, request.query.lang),
  );
};
