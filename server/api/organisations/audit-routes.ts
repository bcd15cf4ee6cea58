import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionLinkBodySchema,
  actionLinkParamsSchema,
  actionUnlinkQuerySchema,
  auditParamsSchema,
  auditRegisterSchema,
  externalAuditBodySchema,
  followUpBodySchema,
  followUpParamsSchema,
  recommendationBodySchema,
  recommendationParamsSchema,
  registerExportQuerySchema,
  registerImportResultSchema,
  registerParamsSchema,
  registerQuerySchema,
} from '#shared/api/external-audits';
import { csvOrXlsxFileResponse, XLSX_MEDIA_TYPE } from '#shared/api/files';
import { actorOf, assertOrganisationAccess, currentUser } from '#server/auth/guard';
import {
  addRecommendation,
  changeAudit,
  changeRecommendation,
  createAudit,
  exportRegister,
  getRegister,
  importRegister,
  linkAction,
  recordFollowUp,
  removeAudit,
  removeFollowUp,
  removeRecommendation,
  unlinkAction,
} from '#server/external-audits/service';
import { errorResponses } from '#server/http/route-options';

/**
 * `/api/organisations/:id/audits…`: the organisation's register of external
 * audit recommendations (issue 17, decision 0016). Its respondents write,
 * its viewers (and administrators) read; another organisation's register is
 * a 404. Every change, import and export is audit-logged.
 */
const READERS = { access: ['respondent', 'viewer', 'admin'] as const };
const WRITERS = { access: ['respondent'] as const };
const tags = ['external audits'];
const noContent = { 204: z.null().meta({ description: 'Deleted' }) };

export const organisationAuditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/audits',
    {
      config: READERS,
      schema: {
        tags,
        summary: 'The register: audits, their recommendations and the follow-up of each year',
        params: registerParamsSchema,
        querystring: registerQuerySchema,
        response: { 200: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganisationAccess(currentUser(request), request.params.id, 'read');
      return getRegister(app.db, request.params.id, request.query.lang);
    },
  );

  app.post(
    '/:id/audits',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Add an audit (title, audit firm, date, report reference); answers the register',
        params: registerParamsSchema,
        body: externalAuditBodySchema,
        response: { 201: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      assertOrganisationAccess(currentUser(request), request.params.id, 'write');
      return reply.status(201).send(await createAudit(app.db, actorOf(request), request.params.id, request.body));
    },
  );

  app.put(
    '/:id/audits/:auditId',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Change an audit; answers the register',
        params: auditParamsSchema,
        body: externalAuditBodySchema,
        response: { 200: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, auditId } = request.params;
      assertOrganisationAccess(currentUser(request), id, 'write');
      return changeAudit(app.db, actorOf(request), id, auditId, request.body);
    },
  );

  app.delete(
    '/:id/audits/:auditId',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Delete an audit with its recommendations and follow-ups',
        params: auditParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, auditId } = request.params;
      assertOrganisationAccess(currentUser(request), id, 'write');
      await removeAudit(app.db, actorOf(request), id, auditId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/audits/:auditId/recommendations',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Add a recommendation to an audit (text, areas, priority); answers the register',
        params: auditParamsSchema,
        body: recommendationBodySchema,
        response: { 201: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, auditId } = request.params;
      assertOrganisationAccess(currentUser(request), id, 'write');
      return reply.status(201).send(await addRecommendation(app.db, actorOf(request), id, auditId, request.body));
    },
  );

  app.put(
    '/:id/audits/:auditId/recommendations/:recommendationId',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Change a recommendation; answers the register',
        params: recommendationParamsSchema,
        body: recommendationBodySchema,
        response: { 200: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id: organisationId, auditId, recommendationId } = request.params;
      assertOrganisationAccess(currentUser(request), organisationId, 'write');
      return changeRecommendation(app.db, actorOf(request), { organisationId, auditId, recommendationId }, request.body);
    },
  );

  app.delete(
    '/:id/audits/:auditId/recommendations/:recommendationId',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Delete a recommendation with its follow-ups',
        params: recommendationParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id: organisationId, auditId, recommendationId } = request.params;
      assertOrganisationAccess(currentUser(request), organisationId, 'write');
      await removeRecommendation(app.db, actorOf(request), { organisationId, auditId, recommendationId });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/:id/audits/:auditId/recommendations/:recommendationId/follow-ups/:year',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Record the follow-up of a year: addressed yes / partly / no, with a comment; answers the register',
        params: followUpParamsSchema,
        body: followUpBodySchema,
        response: { 200: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id: organisationId, auditId, recommendationId, year } = request.params;
      assertOrganisationAccess(currentUser(request), organisationId, 'write');
      return recordFollowUp(app.db, actorOf(request), { organisationId, auditId, recommendationId }, year, request.body);
    },
  );

  app.delete(
    '/:id/audits/:auditId/recommendations/:recommendationId/follow-ups/:year',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Delete the follow-up of a year',
        params: followUpParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id: organisationId, auditId, recommendationId, year } = request.params;
      assertOrganisationAccess(currentUser(request), organisationId, 'write');
      await removeFollowUp(app.db, actorOf(request), { organisationId, auditId, recommendationId }, year);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/:id/audits/:auditId/recommendations/:recommendationId/actions/:actionId',
    {
      config: WRITERS,
      schema: {
        tags,
        summary:
          'Link an action of the organisation’s plan to the recommendation, at the action’s version (409 version_conflict when stale); answers the register',
        params: actionLinkParamsSchema,
        body: actionLinkBodySchema,
        response: { 200: auditRegisterSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id: organisationId, auditId, recommendationId, actionId } = request.params;
      assertOrganisationAccess(currentUser(request), organisationId, 'write');
      return linkAction(app.db, actorOf(request), { organisationId, auditId, recommendationId }, actionId, request.body.version);
    },
  );

  app.delete(
    '/:id/audits/:auditId/recommendations/:recommendationId/actions/:actionId',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Unlink an action from the recommendation, at the action’s version (409 version_conflict when stale)',
        params: actionLinkParamsSchema,
        querystring: actionUnlinkQuerySchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id: organisationId, auditId, recommendationId, actionId } = request.params;
      assertOrganisationAccess(currentUser(request), organisationId, 'write');
      await unlinkAction(app.db, actorOf(request), { organisationId, auditId, recommendationId }, actionId, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/audits/import',
    {
      config: WRITERS,
      schema: {
        tags,
        summary: 'Import audits, recommendations and follow-ups from text/csv (docs/audit-register-csv.md); all or nothing, audit-logged',
        consumes: ['text/csv'],
        params: registerParamsSchema,
        body: z.string().max(2 * 1024 * 1024),
        response: { 200: registerImportResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertOrganisationAccess(currentUser(request), request.params.id, 'write');
      return importRegister(app.db, actorOf(request), request.params.id, request.body);
    },
  );

  app.get(
    '/:id/audits/export',
    {
      config: READERS,
      schema: {
        tags,
        summary: 'The register as CSV (docs/audit-register-csv.md) or XLSX, spreadsheet-safe; audit-logged',
        params: registerParamsSchema,
        querystring: registerExportQuerySchema,
        response: { 200: csvOrXlsxFileResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      assertOrganisationAccess(currentUser(request), id, 'read');
      const { format, lang } = request.query;
      const { file, organisationCode } = await exportRegister(app.db, actorOf(request), id, format, lang);
      const name = `revisionsrekommendationer-${organisationCode}.${format}`;
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MEDIA_TYPE)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file);
    },
  );
};
