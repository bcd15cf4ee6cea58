import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiTokenIdParamsSchema,
  apiTokenListResponseSchema,
  apiTokenSchema,
  createApiTokenBodySchema,
  createdApiTokenResponseSchema,
} from '#shared/api/mfa';
import { recordAudit } from '#server/audit/repository';
import { currentUser } from '#server/auth/guard';
import { forbidden, notFound } from '#server/errors';
import { errorResponses } from '#server/http/route-options';
import { createApiToken, listApiTokens, revokeApiToken } from '#server/mfa/api-tokens';
import { z } from 'zod';

/** Personal API tokens for scripts (interfaces §3–4, docs/decisions/0024): only a complete session manages them. */
export const apiTokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'user' },
      schema: {
        tags: ['account'],
        summary: 'My API tokens (never the tokens themselves)',
        response: { 200: apiTokenListResponseSchema, ...errorResponses },
      },
    },
    async (request) => ({ tokens: await listApiTokens(app.db, currentUser(request).id) }),
  );

  app.post(
    '',
    {
      config: { access: 'user' },
      schema: {
        tags: ['account'],
        summary: 'Create an API token; the token is in this answer only',
        body: createApiTokenBodySchema,
        response: { 201: createdApiTokenResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      if (request.body.scope === 'rounds_admin' && !user.roles.some((r) => r.role === 'admin')) {
        throw forbidden('Only administrators can create tokens with the rounds_admin scope.');
      }
      const created = await app.db.transaction().execute(async (trx) => {
        const result = await createApiToken(trx, user.id, request.body);
        await recordAudit(trx, {
          actorUserId: user.id,
          action: 'auth.api_token_created',
          ip: request.ip,
          details: { tokenId: result.apiToken.id, name: result.apiToken.name, scope: result.apiToken.scope, expiresAt: result.apiToken.expiresAt },
        });
        return result;
      });
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['account'],
        summary: 'Revoke one of my API tokens (at once)',
        params: apiTokenIdParamsSchema,
        response: { 200: z.object({ apiToken: apiTokenSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return app.db.transaction().execute(async (trx) => {
        const revoked = await revokeApiToken(trx, user.id, request.params.id);
        if (!revoked) throw notFound('api_token', 'No such API token.');
        await recordAudit(trx, {
          actorUserId: user.id,
          action: 'auth.api_token_revoked',
          ip: request.ip,
          details: { tokenId: revoked.id, name: revoked.name },
        });
        return { apiToken: revoked };
      });
    },
  );
};
