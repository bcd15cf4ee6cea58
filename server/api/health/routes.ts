import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '#shared/api/health';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Whether the API and its database are reachable',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const reachable = await sql`select 1`
        .execute(app.db)
        .then(() => true)
        .catch(() => false);
      return reply
        .status(reachable ? 200 : 503)
        .send({ status: reachable ? 'ok' : 'unavailable', database: reachable ? 'reachable' : 'unreachable' });
    },
  );
};
