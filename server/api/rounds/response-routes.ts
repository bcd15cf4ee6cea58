import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema } from '#shared/api/errors';
import {
  areaParamsSchema,
  carryOverResultSchema,
  responseHistorySchema,
  responseParamsSchema,
  saveAreaBodySchema,
  saveAreaResultSchema,
  surveyResponseSchema,
  versionBodySchema,
} from '#shared/api/responses';
import type { Actor } from '#server/audit/actor';
import { checkDeferredSession, takeDeferredSession } from '#server/auth/access';
import { actorOf, assertOrganisationAccess, currentUser } from '#server/auth/guard';
import { autosaveSessionCheck as sessionCheck } from '#server/auth/sessions';
import { findVisibleRound } from '#server/rounds/service';
import {
  carryOverAnswers,
  readResponse,
  readResponseHistory,
  reopenResponse,
  saveAreaAnswer,
  saveAreaAnswerInSession,
  submitResponse,
  type ResponseRef,
} from '#server/responses/service';

const RESPONSE_URL = '/:year/organisations/:organisationId/response';
const readErrors = { 404: errorBodySchema };
const writeErrors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** The caller, after checking they answer for this organisation (404 for anyone else's). */
function writer(request: FastifyRequest, ref: ResponseRef): Actor {
  assertOrganisationAccess(currentUser(request), ref.organisationId, 'write');
  return actorOf(request);
}

export const responseRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The response as it stands now, read inside the write's own checks of who may see it. */
  async function currentResponse(request: FastifyRequest, ref: ResponseRef) {
    const round = await findVisibleRound(app.db, ref.year, request.user);
    return readResponse(app.db, round, ref.organisationId, request.user);
  }

  app.get(
    RESPONSE_URL,
    {
      config: { access: ['respondent', 'viewer', 'admin'] },
      schema: {
        tags: ['responses'],
        summary: "An organisation's response to a round: answers by area, status, version, submissions",
        params: responseParamsSchema,
        response: { 200: surveyResponseSchema, ...readErrors },
      },
    },
    async (request) => {
      assertOrganisationAccess(currentUser(request), request.params.organisationId, 'read');
      return currentResponse(request, request.params);
    },
  );

  app.get(
    `${RESPONSE_URL}/history`,
    {
      config: { access: ['respondent', 'viewer', 'admin'] },
      schema: {
        tags: ['responses'],
        summary: "Who submitted and reopened an organisation's response, and when (newest first); the organisation's own people only",
        params: responseParamsSchema,
        response: { 200: responseHistorySchema, ...readErrors },
      },
    },
    async (request) => {
      assertOrganisationAccess(currentUser(request), request.params.organisationId, 'read');
      const round = await findVisibleRound(app.db, request.params.year, request.user);
      return readResponseHistory(app.db, round, request.params.organisationId);
    },
  );

  app.put(
    `${RESPONSE_URL}/areas/:areaKey`,
    {
      // Writes only the caller's own organisation (assertOrganisationAccess 'write' reads roles only); the session is
      // checked in the statement that saves, or the ordinary way when that cannot say (docs/decisions/0034).
      config: { access: ['respondent'], readerAccess: false, sessionInHandler: true },
      schema: {
        tags: ['responses'],
        summary: "Save one area's answer on the response version it was made on (409 when stale)",
        params: areaParamsSchema,
        body: saveAreaBodySchema,
        response: { 200: saveAreaResultSchema, ...writeErrors },
      },
    },
    async (request) => {
      const { areaKey, ...ref } = request.params;
      const token = takeDeferredSession(request);
      if (token !== undefined) {
        const saved = await saveAreaAnswerInSession(app.db, ref, areaKey, request.body, sessionCheck(app.config, token), request.ip);
        if (saved) return saved.result;
        await checkDeferredSession(app, request, token);
      }
      return saveAreaAnswer(app.db, ref, areaKey, request.body, writer(request, ref));
    },
  );

  app.post(
    `${RESPONSE_URL}/submit`,
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['responses'],
        summary: 'Submit the response as it stands at the given version; every submission is kept',
        params: responseParamsSchema,
        body: versionBodySchema,
        response: { 200: surveyResponseSchema, ...writeErrors },
      },
    },
    async (request) => {
      await submitResponse(app.db, request.params, request.body.version, writer(request, request.params));
      return currentResponse(request, request.params);
    },
  );

  app.post(
    `${RESPONSE_URL}/reopen`,
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['responses'],
        summary: 'Reopen a submitted response for changes while the round is open',
        params: responseParamsSchema,
        response: { 200: surveyResponseSchema, ...writeErrors },
      },
    },
    async (request) => {
      await reopenResponse(app.db, request.params, writer(request, request.params));
      return currentResponse(request, request.params);
    },
  );

  app.post(
    `${RESPONSE_URL}/carry-over`,
    {
      config: { access: ['respondent'] },
      schema: {
        tags: ['responses'],
        summary: "Fill the unanswered areas with the previous round's answers, marked as carried over",
        params: responseParamsSchema,
        response: { 200: carryOverResultSchema, ...writeErrors },
      },
    },
    async (request) => {
      const result = await carryOverAnswers(app.db, request.params, writer(request, request.params));
      return { ...result, response: await currentResponse(request, request.params) };
    },
  );
};
