import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '#shared/api/errors';
import { commentaryBodySchema, commentaryParams, reportParams, reportSchema } from '#shared/api/reports';
import { actorOf } from '#server/auth/guard';
import { previewReport, publishedReport, writeCommentary } from './service';

const ANALYSTS = ['analyst', 'admin'] as const;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const results = () => ({ db: app.db, cache: app.resultsCache, disclosure: app.disclosure });

  app.get(
    '/:year',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reports'],
        summary:
          'The national report’s figures for a published round (interfaces §5), on the published basis, under disclosure control for the public (§6); 404 unless published',
        params: reportParams,
        response: { 200: reportSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request) => publishedReport(results(), request.params.year),
  );

  app.get(
    '/:year/preview',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['reports'],
        summary: 'The report of a closed (or published) round as the public will see it, for analysts before publishing',
        params: reportParams,
        response: { 200: reportSchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => previewReport(results(), request.params.year),
  );

  app.put(
    '/:year/commentary/:section',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['reports'],
        summary: 'An analyst’s commentary on one report section, while the round is closed (an empty body removes it); audit-logged',
        params: commentaryParams,
        body: commentaryBodySchema,
        response: { 204: z.null(), 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      await writeCommentary(app.db, request.params.year, request.params.section, request.body.body, actorOf(request));
      return reply.status(204).send(null);
    },
  );
};
