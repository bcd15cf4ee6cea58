import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#server/auth/guard';
import { z } from 'zod';
import { errorBodySchema } from '#shared/api/errors';
import { csvFileResponse } from '#shared/api/files';
import { responseImportResultSchema, roundYearParams } from '#shared/api/results';
import { exportResponses, importResponses } from '#server/exchange/service';

/** Large enough for 2,500 organisations with long comments; the app-wide limit is 2 MB. */
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

export const responseExchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:year/responses/export',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['results', 'admin'],
        summary: 'The response file of a round (docs/interfaces §1): one CSV row per invited organisation',
        params: roundYearParams,
        response: { 200: csvFileResponse, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const csv = await exportResponses(app.db, request.params.year, actorOf(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="responses-${request.params.year}.csv"`)
        .send(csv);
    },
  );

  app.post(
    '/:year/responses/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: ['admin'] },
      schema: {
        tags: ['results', 'admin'],
        summary: 'Import a response file into a round, all or nothing; works in every round state',
        params: roundYearParams,
        body: z.string(),
        response: { 200: responseImportResultSchema, 400: errorBodySchema, 404: errorBodySchema, 415: errorBodySchema },
      },
    },
    async (request) => importResponses(app.db, request.params.year, request.body, actorOf(request)),
  );
};
