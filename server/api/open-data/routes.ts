import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openDataListSchema, type OpenDataList } from '#shared/api/open-data';
import { CC0, catalogUrl, openDataFiles } from '#server/publication/open-data';
import { listPublishedRounds } from '#server/publication/rounds';

export const openDataListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'Published rounds with the addresses of their open-data files, the catalogue and the licence',
        response: { 200: openDataListSchema },
      },
    },
    async (): Promise<OpenDataList> => {
      const { publicUrl, openData } = app.config;
      const rounds = await listPublishedRounds(app.db);
      return {
        catalogUrl: catalogUrl(publicUrl),
        licence: { name: CC0.name, url: CC0.url },
        publisher: openData.publisherName,
        datasets: rounds.map(({ round, publishedAt }) => ({
          year: round.year,
          publishedAt: publishedAt.toISOString(),
          files: openDataFiles(publicUrl, round.year),
        })),
      };
    },
  );
};
