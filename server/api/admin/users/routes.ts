import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adminInviteBodySchema,
  inviteResultSchema,
  roleGrantSchema,
  userIdParamsSchema,
  userListQuerySchema,
  userListSchema,
  userResponseSchema,
  userRoleParamsSchema,
  userRoleResponseSchema,
} from '#shared/api/users';
import { actorOf } from '#server/auth/guard';
import { accountDisabled, inviteUser } from '#server/auth/invitations';
import { deliverMail } from '#server/mail/mailer';
import { notFound } from '#server/errors';
import { ADMIN_ONLY, errorResponses } from '#server/http/route-options';
import { grantUserRole, revokeUserRole, setUserDisabled } from './account-admin';
import { findAdminUser, findUsers } from './service';

export const userAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'List users: search by e-mail or name, filter by role or organisation',
        querystring: userListQuerySchema,
        response: { 200: userListSchema, ...errorResponses },
      },
    },
    async (request) => findUsers(app.db, request.query),
  );

  app.get(
    '/:id',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'One user with roles',
        params: userIdParamsSchema,
        response: { 200: userResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = await findAdminUser(app.db, request.params.id);
      if (!user) throw notFound('user', 'No such user.');
      return { user };
    },
  );

  app.post(
    '/invite',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Invite a person by e-mail to roles; the roles are granted when the person accepts',
        body: adminInviteBodySchema,
        response: { 201: inviteResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { userId, email, outcome, mailId } = await inviteUser(app, actorOf(request), request.body);
      if (outcome === 'account_disabled' || userId === null) throw accountDisabled();
      await reply.status(201).send({ userId, email, outcome });
      if (mailId !== null) await deliverMail(app, mailId);
      return reply;
    },
  );

  app.post(
    '/:id/roles',
    {
      config: ADMIN_ONLY,
      schema: {
        tags: ['admin'],
        summary: 'Grant a role',
        params: userIdParamsSchema,
        body: roleGrantSchema,
        response: { 201: userRoleResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const role = await grantUserRole(app.db, actorOf(request), request.params.id, request.body);
      return reply.status(201).send({ role });
    },
  );

  app.delete(
    '/:id/roles/:roleId',
    {
      config: ADMIN_ONLY,
      schema: { tags: ['admin'], summary: 'Revoke a role', params: userRoleParamsSchema, response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      await revokeUserRole(app.db, actorOf(request), request.params.id, request.params.roleId);
      return reply.status(204).send(null);
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/:id/${action}`,
      {
        config: ADMIN_ONLY,
        schema: {
          tags: ['admin'],
          summary: disabled ? 'Disable an account and end its sessions' : 'Enable a disabled account',
          params: userIdParamsSchema,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await setUserDisabled(app.db, actorOf(request), request.params.id, disabled);
        return reply.status(204).send(null);
      },
    );
  }
};
