import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '#shared/api/errors';
import { idParamSchema } from '#shared/api/ids';
import {
  actionListQuerySchema,
  actionListSchema,
  actionParamsSchema,
  actionSchema,
  createActionSchema,
  deleteActionQuerySchema,
  followUpParamsSchema,
  recordFollowUpSchema,
  updateActionSchema,
} from '#shared/api/improvement';
import { actorOf, currentUser } from '#server/auth/guard';
import { createAction, deleteAction, listOrganisationActions, recordFollowUp, updateAction } from '#server/improvement/service';

const readErrors = { 400: errorBodySchema, 404: errorBodySchema };
const writeErrors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** The organisation's action plan (issue 17, docs/decisions/0016): its respondents write, its viewers read. */
export const organisationActionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/actions',
    {
      config: { access: ['respondent', 'viewer', 'admin'] },
      schema: {
        tags: ['improvement'],
        summary: 'The organisation’s action plan: actions per area with their follow-ups',
        params: z.object({ id: idParamSchema }),
        querystring: actionListQuerySchema,
        response: { 200: actionListSchema, ...readErrors },
      },
    },
    async (request) => listOrganisationActions(app.db, currentUser(request), request.params.id, request.query),
  );

  app.post(
    '/:id/actions',
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['improvement'],
        summary: 'Add an action to the plan, from the guidance "till nivå N" or one’s own',
        params: z.object({ id: idParamSchema }),
        body: createActionSchema,
        response: { 201: actionSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const action = await createAction(app.db, currentUser(request), actorOf(request), request.params.id, request.body);
      return reply.status(201).send(action);
    },
  );

  app.put(
    '/:id/actions/:actionId',
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['improvement'],
        summary: 'Change an action on the version it was loaded at (409 version_conflict when stale)',
        params: actionParamsSchema,
        body: updateActionSchema,
        response: { 200: actionSchema, ...writeErrors },
      },
    },
    async (request) => updateAction(app.db, currentUser(request), actorOf(request), request.params.id, request.params.actionId, request.body),
  );

  app.delete(
    '/:id/actions/:actionId',
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['improvement'],
        summary: 'Remove an action at the version it was loaded at (409 version_conflict when stale)',
        params: actionParamsSchema,
        querystring: deleteActionQuerySchema,
        response: { 204: z.null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await deleteAction(app.db, currentUser(request), actorOf(request), request.params.id, request.params.actionId, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/:id/actions/:actionId/follow-ups/:year',
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['improvement'],
        summary: 'Mark an earlier action ja / delvis / nej while answering the round of that year (only while it is open)',
        params: followUpParamsSchema,
        body: recordFollowUpSchema,
        response: { 200: actionSchema, ...writeErrors },
      },
    },
    async (request) => {
      const { id, actionId, year } = request.params;
      return recordFollowUp(app.db, currentUser(request), actorOf(request), id, actionId, year, request.body);
    },
  );
};
