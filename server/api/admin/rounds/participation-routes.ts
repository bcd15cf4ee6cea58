import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  inviteBodySchema,
  inviteResultSchema,
  monitorQuerySchema,
  monitorSchema,
  organisationIdParamsSchema,
  reminderBodySchema,
  reminderPlanSchema,
  reminderResultSchema,
  reopenBodySchema,
  reopenResultSchema,
  resendInvitationBodySchema,
  resendInvitationResultSchema,
  withdrawInvitationResultSchema,
} from '#shared/api/round-admin';
import { roundYearParamsSchema } from '#shared/api/rounds';
import { actorOf } from '#server/auth/guard';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { deliverMail, deliveryMode } from '#server/mail/mailer';
import { inviteOrganisations } from '#server/participation/invitations';
import { roundMonitor } from '#server/participation/monitor';
import { previewReminders, sendReminders } from '#server/participation/reminders';
import { reopenOnRequest } from '#server/participation/reopen';
import { resendInvitation } from '#server/participation/resend-invitation';
import { withdrawInvitation } from '#server/participation/withdraw-invitation';

const TAGS = ['rounds', 'admin'];

/** Running a survey round: invitations, monitoring, reminders, reopening on request. */
export const roundAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  /** SMTP after the answer: the outbox rows are committed, and 290 deliveries must not hold the request. */
  async function deliverAll(mailIds: number[]) {
    for (const id of mailIds) await deliverMail(app, id);
  }
  const reminderSettings = () => ({ publicUrl: app.config.publicUrl, defaultIntervalHours: app.config.reminderMinIntervalHours });

  app.post(
    '/:year/invitations',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Invite organisations (all municipalities, by type/county, or by codes) and mail them a registration link',
        params: roundYearParamsSchema,
        body: inviteBodySchema,
        response: { 200: inviteResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { selection, sendMail } = request.body;
      const input = { year: request.params.year, selection, sendMail, publicUrl: app.config.publicUrl };
      const { result, mailIds } = await inviteOrganisations(app.db, input, actorOf(request));
      await reply.send({ ...result, delivery: deliveryMode(app.config) });
      await deliverAll(mailIds);
      return reply;
    },
  );

  app.delete(
    '/:year/invitations/:organisationId',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary:
          "Withdraw one organisation's invitation (draft or open round, before it starts answering); its unused registration links stop working",
        params: organisationIdParamsSchema,
        response: { 200: withdrawInvitationResultSchema, ...errorResponses },
      },
    },
    async (request) => withdrawInvitation(app.db, request.params, actorOf(request)),
  );

  app.post(
    '/:year/invitations/:organisationId/resend',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Mail the invitation with a fresh registration link again to the contact address (never within the reminder interval)',
        params: organisationIdParamsSchema,
        body: resendInvitationBodySchema,
        response: { 200: resendInvitationResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { result, mailId } = await resendInvitation(app.db, request.params, request.body, reminderSettings(), actorOf(request));
      await reply.send({ ...result, delivery: deliveryMode(app.config) });
      await deliverAll([mailId]);
      return reply;
    },
  );

  app.get(
    '/:year/monitor',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary:
          'Per invited organisation (filtered, searched, one page): status, areas answered, last activity, last reminder; totals and the response rate by day',
        params: roundYearParamsSchema,
        querystring: monitorQuerySchema,
        response: { 200: monitorSchema, ...errorResponses },
      },
    },
    async (request) => roundMonitor(app.db, request.params.year, request.query),
  );

  app.post(
    '/:year/reminders/preview',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Who a reminder would reach now, who is skipped and why, and the message',
        params: roundYearParamsSchema,
        body: reminderBodySchema,
        response: { 200: reminderPlanSchema, ...errorResponses },
      },
    },
    async (request) => previewReminders(app.db, request.params.year, request.body, reminderSettings()),
  );

  app.post(
    '/:year/reminders',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: 'Remind organisations that have not submitted (never twice within the interval); deliveries are recorded',
        params: roundYearParamsSchema,
        body: reminderBodySchema,
        response: { 200: reminderResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { result, mailIds } = await sendReminders(app.db, request.params.year, request.body, reminderSettings(), actorOf(request));
      await reply.send({ ...result, delivery: deliveryMode(app.config) });
      await deliverAll(mailIds);
      return reply;
    },
  );

  app.post(
    '/:year/organisations/:organisationId/reopen',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: TAGS,
        summary: "Reopen an organisation's submitted response on its request, with a reason for the audit log",
        params: organisationIdParamsSchema,
        body: reopenBodySchema,
        response: { 200: reopenResultSchema, ...errorResponses },
      },
    },
    async (request) => reopenOnRequest(app.db, request.params, request.body.reason, actorOf(request)),
  );
};
