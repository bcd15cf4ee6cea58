import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '#shared/api/errors';
import { filterOptionsSchema, resultFiltersSchema, trendsSchema } from '#shared/api/results';
import { currentUser } from '#server/auth/guard';
import { listFilterOptions } from '#server/results/repository';
import { getTrends } from '#server/results/service';

const errors = { 400: errorBodySchema, 404: errorBodySchema };
const NATIONAL = ['analyst', 'admin'] as const;

export const resultRoutes: FastifyPluginAsyncZod = async (app) => {
  const results = () => ({ db: app.db, cache: app.resultsCache, disclosure: app.disclosure });

  app.get(
    '/trends',
    {
      config: { access: NATIONAL },
      schema: {
        tags: ['results'],
        summary: 'Per round and area: answered, yes and level distribution, each round scored by its own rule',
        querystring: resultFiltersSchema,
        response: { 200: trendsSchema, ...errors },
      },
    },
    async (request) => getTrends(results(), currentUser(request), request.query),
  );

  app.get(
    '/filter-options',
    {
      config: { access: NATIONAL },
      schema: {
        tags: ['results'],
        summary: 'The filter values that exist (counties, organisation types, attributes and their values), for choosing rather than typing',
        response: { 200: filterOptionsSchema, ...errors },
      },
    },
    async () => listFilterOptions(app.db),
  );
};
