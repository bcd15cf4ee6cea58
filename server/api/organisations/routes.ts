import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SessionUser } from '#shared/api/auth';
import {
  attributeListSchema,
  idParamsSchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationResponseSchema,
} from '#shared/api/organisations';
import { invitationSentSchema, organisationInviteBodySchema } from '#shared/api/users';
import { actorOf, assertOrganisationAccess, currentUser, hasRole, isNational } from '#server/auth/guard';
import { inviteUser } from '#server/auth/invitations';
import { deliverMail, deliveryMode } from '#server/mail/mailer';
import { errorResponses } from '#server/http/route-options';
import { findOrganisation, listAttributes, listOrganisations } from '#server/organisations/repository';
import { noSuchOrganisation } from '#server/organisations/service';

/**
 * Organisations the user holds a role in, reads as an auditor today or through
 * a group, unless a national role shows them all.
 */
const visibleIds = (user: SessionUser) =>
  isNational(user)
    ? undefined
    : [
        ...new Set([
          ...user.roles.flatMap((r) => (r.organisationId === null ? [] : [r.organisationId])),
          ...user.auditorOf.map((g) => g.organisationId),
          ...user.groupMembers.map((m) => m.organisationId),
        ]),
      ];

/** National roles see every organisation; anyone else reads through assertOrganisationAccess (which logs an auditor's read). */
function assertVisible(user: SessionUser, organisationId: number) {
  if (isNational(user)) return;
  try {
    assertOrganisationAccess(user, organisationId, 'read');
  } catch {
    throw noSuchOrganisation();
  }
}

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisations'],
        summary: 'Organisations: all for analysts and administrators, otherwise your own',
        querystring: organisationListQuerySchema,
        response: { 200: organisationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      const organisations = await listOrganisations(app.db, { ...filter, ids: visibleIds(currentUser(request)) });
      return { organisations: organisations.slice(offset, limit === undefined ? undefined : offset + limit), total: organisations.length };
    },
  );

  app.get(
    '/:id',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: idParamsSchema,
        response: { 200: organisationResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertVisible(currentUser(request), request.params.id);
      const organisation = await findOrganisation(app.db, request.params.id);
      if (!organisation) throw noSuchOrganisation();
      return { organisation };
    },
  );

  app.get(
    '/:id/attributes',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organisations'],
        summary: 'Grouping attributes of an organisation (kommungrupp, population class…)',
        params: idParamsSchema,
        response: { 200: attributeListSchema, ...errorResponses },
      },
    },
    async (request) => {
      assertVisible(currentUser(request), request.params.id);
      if (!(await findOrganisation(app.db, request.params.id))) throw noSuchOrganisation();
      return { attributes: await listAttributes(app.db, request.params.id) };
    },
  );

  app.post(
    '/:id/invitations',
    {
      config: { access: ['respondent', 'admin'] },
      schema: {
        tags: ['organisations'],
        summary:
          'Invite a colleague to your own organisation as respondent or viewer; the same answer for every address, the role comes when they accept',
        params: idParamsSchema,
        body: organisationInviteBodySchema,
        response: { 202: invitationSentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const organisationId = request.params.id;
      if (!hasRole(user, 'admin')) assertOrganisationAccess(user, organisationId, 'write');
      if (!(await findOrganisation(app.db, organisationId))) throw noSuchOrganisation();
      const { email, name, role } = request.body;
      const { mailId } = await inviteUser(app, actorOf(request), { email, name, roles: [{ role, organisationId }] });
      // Answer before talking to SMTP, so the time taken does not tell either.
      await reply.status(202).send({ email: email.toLowerCase(), delivery: deliveryMode(app.config) });
      if (mailId !== null) await deliverMail(app, mailId);
      return reply;
    },
  );
};
