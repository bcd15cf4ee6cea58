import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attributeImportResultSchema,
  createOrganisationBodySchema,
  idParamsSchema,
  organisationResponseSchema,
  updateOrganisationBodySchema,
} from '#shared/api/organisations';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { actorOf } from '#server/auth/guard';
import { importAttributes } from './attributes';
import { createOrganisation, updateOrganisation } from '#server/organisations/service';

export const organisationAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Add a region, kommunalförbund or bolag',
        body: createOrganisationBodySchema,
        response: { 201: organisationResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const organisation = await createOrganisation(app.db, actorOf(request), request.body);
      return reply.status(201).send({ organisation });
    },
  );

  app.patch(
    '/:id',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Change name, county, groups (kommuner it belongs to) or contact e-mail',
        params: idParamsSchema,
        body: updateOrganisationBodySchema,
        response: { 200: organisationResponseSchema, ...errorResponses },
      },
    },
    async (request) => ({ organisation: await updateOrganisation(app.db, actorOf(request), request.params.id, request.body) }),
  );

  app.post(
    '/attributes/import',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Import grouping attributes from text/csv (code,attribute,value); all or nothing',
        consumes: ['text/csv'],
        body: z.string().max(2 * 1024 * 1024),
        response: { 200: attributeImportResultSchema, ...errorResponses },
      },
    },
    async (request) => importAttributes(app.db, actorOf(request), request.body),
  );
};
