import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminMfaSummarySchema, userIdParamsSchema } from '#shared/api/mfa';
import { actorOf } from '#server/auth/guard';
import { notFound } from '#server/errors';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { mfaSummary, resetMfa } from '#server/mfa/reset';
import { findUserById } from '#server/users/repository';

/** A user's MFA as administrators see and reset it (docs/decisions/0024). */
export const userMfaAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/mfa',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Which second factors a user has set up',
        params: userIdParamsSchema,
        response: { 200: adminMfaSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await findUserById(app.db, request.params.id);
      if (!user) throw notFound('user', 'No such user.');
      return mfaSummary(app.db, user.id);
    },
  );

  app.post(
    '/:id/mfa/reset',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: "Reset a user's MFA: removes app, passkeys and recovery codes and ends the user's sessions",
        params: userIdParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await findUserById(app.db, request.params.id);
      if (!user) throw notFound('user', 'No such user.');
      await resetMfa(app.db, actorOf(request), user);
      return reply.status(204).send(null);
    },
  );
};
