import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#server/auth/guard';
import { errorBodySchema } from '#shared/api/errors';
import { changeRoundStateBodySchema, createRoundBodySchema, roundSchema, roundYearParamsSchema, updateRoundBodySchema } from '#shared/api/rounds';
import { toRoundResponse } from '#server/rounds/response';
import { changeRoundState, createRound, updateRoundSettings } from '#server/rounds/service';

const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

const toDate = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso));

export const adminRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['rounds', 'admin'],
        summary: 'Create a draft round on the newest question bank, or on the named bankVersion',
        body: createRoundBodySchema,
        response: { 201: roundSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { year, opensAt, closesAt, shareComments, bankVersion } = request.body;
      const round = await createRound(
        app.db,
        { year, opensAt: new Date(opensAt), closesAt: new Date(closesAt), shareComments, bankVersion },
        actorOf(request),
      );
      return reply.status(201).send(toRoundResponse(round));
    },
  );

  app.post(
    '/:year/state',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['rounds', 'admin'],
        summary: 'Move a round: draft → open → closed → published, or closed → open to reopen',
        params: roundYearParamsSchema,
        body: changeRoundStateBodySchema,
        response: { 200: roundSchema, ...errors },
      },
    },
    async (request) => {
      const round = await changeRoundState(app.db, request.params.year, request.body.state, actorOf(request));
      return toRoundResponse(round);
    },
  );

  app.patch(
    '/:year',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['rounds', 'admin'],
        summary: "Change a round's window (opensAt, closesAt) or comment sharing",
        params: roundYearParamsSchema,
        body: updateRoundBodySchema,
        response: { 200: roundSchema, ...errors },
      },
    },
    async (request) => {
      const { opensAt, closesAt, shareComments } = request.body;
      const changes = { opensAt: toDate(opensAt), closesAt: toDate(closesAt), shareComments };
      const round = await updateRoundSettings(app.db, request.params.year, changes, actorOf(request));
      return toRoundResponse(round);
    },
  );
};
