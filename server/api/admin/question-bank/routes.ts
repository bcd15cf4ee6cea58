import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bankVersionDocumentSchema, bankVersionListSchema, bankVersionParamsSchema, copyBankVersionBodySchema } from '#shared/api/round-admin';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { copyBankVersion, editBankVersion, listBankVersions, loadBankDocument } from '#server/question-bank/versions';
import { actorOf } from '#server/auth/guard';

const TAGS = ['question-bank', 'admin'];
const VERSION_URL = '/versions/:version';

/** Question-bank versions: copy the current one, edit it until a round opens on it (then it is frozen). */
export const bankVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/versions',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Every bank version, newest first, with the rounds using it',
        response: { 200: bankVersionListSchema, ...errorResponses },
      },
    },
    async () => ({ versions: await listBankVersions(app.db) }),
  );

  app.get(
    VERSION_URL,
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'One version in the bank file format (both languages, scales, scoring rule)',
        params: bankVersionParamsSchema,
        response: { 200: bankVersionDocumentSchema, ...errorResponses },
      },
    },
    async (request) => loadBankDocument(app.db, request.params.version),
  );

  app.post(
    '/versions',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Copy a version to a new, editable version key; new rounds use the newest version by default',
        body: copyBankVersionBodySchema,
        response: { 201: z.object({ version: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await copyBankVersion(app.db, request.body.from, request.body.version, actorOf(request));
      return reply.status(201).send({ version: request.body.version });
    },
  );

  app.put(
    VERSION_URL,
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Replace texts, options and scoring rule of a version that is not frozen (409 once a round has opened on it)',
        params: bankVersionParamsSchema,
        body: bankVersionDocumentSchema,
        response: { 200: z.object({ version: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      await editBankVersion(app.db, request.params.version, request.body, actorOf(request));
      return { version: request.params.version };
    },
  );
};
