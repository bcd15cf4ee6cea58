import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SessionUser } from '#shared/api/auth';
import {
  MAX_GRANT_DAYS,
  accessLogQuerySchema,
  accessLogSchema,
  auditorGrantListSchema,
  auditorGrantParamsSchema,
  auditorGrantResponseSchema,
  auditorInviteBodySchema,
  type AuditorInviteBody,
} from '#shared/api/auditors';
import { idParamsSchema } from '#shared/api/organisations';
import { invitationSentSchema } from '#shared/api/users';
import { accessLog, listGrants, revokeGrant, swedishDate } from '#server/auditors/repository';
import { actorOf, assertOrganisationAccess, currentUser, hasRole } from '#server/auth/guard';
import { inviteUser } from '#server/auth/invitations';
import { validationFailed } from '#server/errors';
import { errorResponses } from '#server/http/route-options';
import { deliverMail, deliveryMode } from '#server/mail/mailer';
import { findOrganisation } from '#server/organisations/repository';
import { noSuchOrganisation } from '#server/organisations/service';

/** The organisation's respondents (or an administrator) manage its auditors. */
function assertManager(user: SessionUser, organisationId: number) {
  if (!hasRole(user, 'admin')) assertOrganisationAccess(user, organisationId, 'write');
}

/** The organisation's own people (respondents, viewers) and administrators see its access log; auditors and groups do not. */
function assertOwnPeople(user: SessionUser, organisationId: number) {
  const own = user.roles.some((r) => (r.role === 'respondent' || r.role === 'viewer') && r.organisationId === organisationId);
  if (!own && !hasRole(user, 'admin')) throw noSuchOrganisation();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A period the server accepts: ends on or after it starts, not before today, at most MAX_GRANT_DAYS long. */
function checkPeriod(body: AuditorInviteBody, today: string) {
  if (body.endsOn < body.startsOn) throw validationFailed('body.endsOn', 'ends_before_start', 'must be on or after startsOn');
  if (body.endsOn < today) throw validationFailed('body.endsOn', 'already_ended', `must be today (${today}) or later`);
  const days = (Date.parse(body.endsOn) - Date.parse(body.startsOn)) / DAY_MS + 1;
  if (days > MAX_GRANT_DAYS) {
    throw validationFailed('body.endsOn', 'too_big', `a grant may run at most ${MAX_GRANT_DAYS} days`, { maximum: MAX_GRANT_DAYS, origin: 'days' });
  }
}

/** Auditors (revisorer) of an organisation and its access log (docs/decisions/0021). */
export const auditorRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/auditors',
    {
      config: { access: ['respondent', 'admin'] },
      schema: {
        tags: ['auditors'],
        summary: 'The auditors invited to read the organisation: period and status (invited, upcoming, active, ended, revoked)',
        params: idParamsSchema,
        response: { 200: auditorGrantListSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertManager(currentUser(request), request.params.id);
      if (!(await findOrganisation(app.db, request.params.id))) throw noSuchOrganisation();
      return { grants: await listGrants(app.db, request.params.id) };
    },
  );

  app.post(
    '/:id/auditors',
    {
      config: { access: ['respondent', 'admin'] },
      schema: {
        tags: ['auditors'],
        summary:
          'Invite an auditor by e-mail to read the organisation for a period (dates inclusive); access starts when they accept and ends by itself',
        params: idParamsSchema,
        body: auditorInviteBodySchema,
        response: { 202: invitationSentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const organisationId = request.params.id;
      assertManager(currentUser(request), organisationId);
      const organisation = await findOrganisation(app.db, organisationId);
      if (!organisation) throw noSuchOrganisation();
      const { email, name, startsOn, endsOn } = request.body;
      checkPeriod(request.body, await swedishDate(app.db));
      const { mailId } = await inviteUser(app, actorOf(request), {
        email,
        name,
        roles: [],
        auditor: { organisationId, organisationName: organisation.name, startsOn, endsOn },
      });
      // As for colleagues: answer before talking to SMTP, the same for every address.
      await reply.status(202).send({ email: email.toLowerCase(), delivery: deliveryMode(app.config) });
      if (mailId !== null) await deliverMail(app, mailId);
      return reply;
    },
  );

  app.post(
    '/:id/auditors/:grantId/revoke',
    {
      config: { access: ['respondent', 'admin'] },
      schema: {
        tags: ['auditors'],
        summary: 'Revoke an auditor’s access (or invitation) now; revoking twice changes nothing',
        params: auditorGrantParamsSchema,
        response: { 200: auditorGrantResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertManager(currentUser(request), request.params.id);
      return { grant: await revokeGrant(app.db, actorOf(request), request.params.id, request.params.grantId) };
    },
  );

  app.get(
    '/:id/access-log',
    {
      config: { access: ['respondent', 'viewer', 'admin'] },
      schema: {
        tags: ['auditors'],
        summary: 'What auditors read of the organisation, and the grants given and revoked (newest first)',
        params: idParamsSchema,
        querystring: accessLogQuerySchema,
        response: { 200: accessLogSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertOwnPeople(currentUser(request), request.params.id);
      if (!(await findOrganisation(app.db, request.params.id))) throw noSuchOrganisation();
      return accessLog(app.db, request.params.id, request.query);
    },
  );
};
