import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { groupViewQuerySchema, groupViewSchema } from '#shared/api/groups';
import { idParamsSchema } from '#shared/api/organisations';
import { currentUser } from '#server/auth/guard';
import { errorResponses } from '#server/http/route-options';
import { getGroupView } from '#server/results/group-results';

/** The group view: a kommun and the organisations it is a group of, side by side (docs/decisions/0021). */
export const groupRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/group',
    {
      config: { access: ['respondent', 'viewer', 'admin'] },
      schema: {
        tags: ['organisations'],
        summary: 'A kommun and its member organisations (companies, kommunalförbund) side by side: level per area, latest round; its own people only',
        params: idParamsSchema,
        querystring: groupViewQuerySchema,
        response: { 200: groupViewSchema, ...errorResponses },
      },
    },
    async (request) => getGroupView(app.db, currentUser(request), request.params.id, request.query.lang),
  );
};
