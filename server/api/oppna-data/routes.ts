import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '#shared/api/errors';
import { roundYearParams } from '#shared/api/results';
import { notFound } from '#server/errors';
import { sendCacheable } from '#server/http/cacheable';
import { buildCatalog } from '#server/publication/catalog';
import { publishedFigures } from '#server/publication/figures';
import { openDataCsv } from '#server/publication/open-data';
import { findPublishedRound, listPublishedRounds } from '#server/publication/rounds';
import { bankOf } from '#server/results/service';

/** A published round's files change only by an administrator's import: a week. The catalogue grows when a round is published: an hour. */
export const FILE_MAX_AGE_SECONDS = 7 * 24 * 3600;
export const CATALOG_MAX_AGE_SECONDS = 3600;

const fileResponse = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: z.string() } },
});
const errors = { 400: errorBodySchema, 404: errorBodySchema };

export const openDataFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const results = () => ({ db: app.db, cache: app.resultsCache, disclosure: app.disclosure });

  async function published(year: number) {
    const round = await findPublishedRound(app.db, year);
    // Not created, or not published yet: the same answer, so an open round's existence is no secret here either.
    if (!round) throw notFound('round', `There is no published survey round for ${year}.`);
    return round;
  }

  app.get(
    '/:year/aggregates.json',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'A published round’s figures, national and per county (interfaces §5), under disclosure control; CC0',
        params: roundYearParams,
        response: { 200: fileResponse('application/json', 'The figures in the shape of interfaces §2 plus counties'), ...errors },
      },
    },
    async (request, reply) => {
      const { round, modifiedAt } = await published(request.params.year);
      const figures = await publishedFigures(results(), round);
      return sendCacheable(request, reply, {
        body: JSON.stringify(figures),
        type: 'application/json; charset=utf-8',
        lastModified: modifiedAt,
        maxAgeSeconds: FILE_MAX_AGE_SECONDS,
      });
    },
  );

  app.get(
    '/:year/aggregates.csv',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'The same figures as CSV, one count per row: year, group (SE or county code), area, measure, category, count, suppressed_reason',
        params: roundYearParams,
        response: { 200: fileResponse('text/csv', 'UTF-8 CSV with a header line'), ...errors },
      },
    },
    async (request, reply) => {
      const { round, modifiedAt } = await published(request.params.year);
      const [figures, bank] = await Promise.all([publishedFigures(results(), round), bankOf(app.db, round)]);
      return sendCacheable(request, reply, {
        body: openDataCsv(figures, bank),
        type: 'text/csv; charset=utf-8; header=present',
        lastModified: modifiedAt,
        maxAgeSeconds: FILE_MAX_AGE_SECONDS,
      });
    },
  );

  app.get(
    '/catalog.jsonld',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'The DCAT-AP-SE catalogue (JSON-LD, context inlined): one dcat:Dataset per published round',
        response: { 200: fileResponse('application/ld+json', 'A JSON-LD document') },
      },
    },
    async (request, reply) => {
      const rounds = await listPublishedRounds(app.db);
      // The latest publication or import (the catalogue's dates change with it); the epoch while nothing is published.
      const lastModified = rounds.reduce((latest, { modifiedAt }) => (modifiedAt > latest ? modifiedAt : latest), new Date(0));
      return sendCacheable(request, reply, {
        body: JSON.stringify(buildCatalog(app.config, rounds), null, 2),
        type: 'application/ld+json; charset=utf-8',
        lastModified,
        maxAgeSeconds: CATALOG_MAX_AGE_SECONDS,
      });
    },
  );
};
