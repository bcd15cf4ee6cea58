import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvOrXlsxFileResponse } from '#shared/api/files';
import { errorBodySchema } from '#shared/api/errors';
import {
  aggregatesExportQuerySchema,
  aggregatesSchema,
  crosstabQuerySchema,
  crosstabSchema,
  resultFiltersSchema,
  roundYearParams,
  statusListQuerySchema,
  statusListSchema,
} from '#shared/api/results';
import { recordAudit } from '#server/audit/repository';
import { currentUser } from '#server/auth/guard';
import { findVisibleRound } from '#server/rounds/service';
import { aggregatesToCsv, aggregatesToXlsx } from '#server/results/export';
import { audienceOf } from '#server/results/disclosure/control';
import { bankOf, controlledAggregates, getAggregates, getCrosstab, getStatusList } from '#server/results/service';

const errors = { 400: errorBodySchema, 404: errorBodySchema };
const NATIONAL = ['analyst', 'admin'] as const;

export const resultRoutes: FastifyPluginAsyncZod = async (app) => {
  const results = () => ({ db: app.db, cache: app.resultsCache, disclosure: app.disclosure });

  app.get(
    '/:year/aggregates',
    {
      config: { access: NATIONAL },
      schema: {
        tags: ['results'],
        summary: 'Counts per area for a round (docs/interfaces §2) under disclosure control (§6): withheld figures are null with suppressedReason',
        params: roundYearParams,
        querystring: resultFiltersSchema,
        response: { 200: aggregatesSchema, ...errors },
      },
    },
    async (request) => getAggregates(results(), currentUser(request), request.params.year, request.query),
  );

  app.get(
    '/:year/crosstab',
    {
      config: { access: NATIONAL },
      schema: {
        tags: ['results'],
        summary: 'Cross-tabulation of two areas’ main answers, over organisations that answered both',
        params: roundYearParams,
        querystring: crosstabQuerySchema,
        response: { 200: crosstabSchema, ...errors },
      },
    },
    async (request) => getCrosstab(results(), currentUser(request), request.params.year, request.query),
  );

  app.get(
    '/:year/response-status',
    {
      config: { access: NATIONAL },
      schema: {
        tags: ['results'],
        summary: 'Every invited organisation with its response status, for follow-up calls',
        params: roundYearParams,
        querystring: statusListQuerySchema,
        response: { 200: statusListSchema, ...errors },
      },
    },
    async (request) => getStatusList(app.db, currentUser(request), request.params.year, request.query),
  );

  app.get(
    '/:year/aggregates/export',
    {
      config: { access: NATIONAL },
      schema: {
        tags: ['results'],
        summary: 'The aggregates as CSV (long format) or XLSX, suppressed like the API; audit-logged',
        params: roundYearParams,
        querystring: aggregatesExportQuerySchema,
        response: { 200: csvOrXlsxFileResponse, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { format, lang, ...filters } = request.query;
      const round = await findVisibleRound(app.db, request.params.year, user);
      // Files travel: they are controlled whoever makes them, administrators included.
      const aggregates = await controlledAggregates(results(), round, filters, audienceOf(user, 'export'));
      await recordAudit(app.db, {
        actorUserId: user.id,
        ip: request.ip,
        action: 'results.aggregates_exported',
        roundId: round.id,
        details: { year: round.year, format, filters, suppressed: aggregates.suppressed },
      });
      const name = `aggregates-${round.year}`;
      if (format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(aggregatesToCsv(aggregates, filters));
      }
      const bank = await bankOf(app.db, round);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(await aggregatesToXlsx(aggregates, filters, bank, lang));
    },
  );
};
