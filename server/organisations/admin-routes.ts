import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../../shared/api/errors';
import {
  attributeImportResultSchema,
  createOrganisationBodySchema,
  idParamsSchema,
  organisationResponseSchema,
  updateOrganisationBodySchema,
} from '../../shared/api/organisations';
import { actorOf } from '../users/routes';
import { importAttributes } from './attributes';
import { createOrganisation, updateOrganisation } from './service';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const ADMIN = { access: ['admin'] as const };

export const organisationAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/admin/organisations',
    {
      config: ADMIN,
      schema: {
        tags: ['admin'],
        summary: 'Add a region, kommunalförbund or bolag',
        body: createOrganisationBodySchema,
        response: { 201: organisationResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const organisation = await createOrganisation(app.db, actorOf(request), request.body);
      return reply.status(201).send({ organisation });
    },
  );

  app.patch(
    '/api/admin/organisations/:id',
    {
      config: ADMIN,
      schema: {
        tags: ['admin'],
        summary: 'Change name, county, parent or contact e-mail',
        params: idParamsSchema,
        body: updateOrganisationBodySchema,
        response: { 200: organisationResponseSchema, ...errors },
      },
    },
    async (request) => ({ organisation: await updateOrganisation(app.db, actorOf(request), request.params.id, request.body) }),
  );

  app.post(
    '/api/admin/organisations/attributes/import',
    {
      config: ADMIN,
      schema: {
        tags: ['admin'],
        summary: 'Import grouping attributes from text/csv (code,attribute,value); all or nothing',
        consumes: ['text/csv'],
        body: z.string().max(2 * 1024 * 1024),
        response: { 200: attributeImportResultSchema, ...errors },
      },
    },
    async (request) => importAttributes(app.db, actorOf(request), request.body),
  );
};
