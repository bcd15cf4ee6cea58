import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '#shared/api/errors';
import { idParamSchema } from '#shared/api/ids';
import { organisationResultsQuerySchema, organisationResultsSchema } from '#shared/api/results';
import { currentUser } from '#server/auth/guard';
import { getOrganisationResults } from '#server/results/organisation-results';

const errors = { 400: errorBodySchema, 404: errorBodySchema };

export const organisationResultRoutes: FastifyPluginAsyncZod = async (app) => {
  const results = () => ({ db: app.db, cache: app.resultsCache, disclosure: app.disclosure });

  app.get(
    '/:id/results',
    {
      config: { access: ['respondent', 'viewer', 'admin'] },
      schema: {
        tags: ['results'],
        summary: 'An organisation’s levels, next steps, comparisons with peer groups and year-over-year history',
        params: z.object({ id: idParamSchema }),
        querystring: organisationResultsQuerySchema,
        response: { 200: organisationResultsSchema, ...errors },
      },
    },
    async (request) => getOrganisationResults(results(), currentUser(request), request.params.id, request.query),
  );
};
