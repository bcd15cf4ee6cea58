import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countyListSchema } from '#shared/api/reference';

/** Reference data every logged-in user may read: public facts, no organisation's data. */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'user' },
      schema: {
        tags: ['reference'],
        summary: 'The counties (län) by code and name, ordered by code',
        response: { 200: countyListSchema },
      },
    },
    async () => ({ counties: await app.db.selectFrom('county').select(['code', 'name']).orderBy('code').execute() }),
  );
};
