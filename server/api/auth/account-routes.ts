import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '#shared/api/errors';
import {
  acceptInvitationBodySchema,
  invitationDescriptionSchema,
  invitationTokenBodySchema,
  passwordResetConfirmBodySchema,
  passwordResetRequestBodySchema,
} from '#shared/api/users';
import { deliverMail } from '#server/mail/mailer';
import { currentUser } from '#server/auth/guard';
import { acceptInvitation, acceptInvitationAsUser, describeInvitation } from '#server/auth/invitations';
import { confirmPasswordReset, requestPasswordReset } from '#server/auth/password-reset';

const errors = { 400: errorBodySchema, 429: errorBodySchema };
const userErrors = { ...errors, 401: errorBodySchema, 403: errorBodySchema };
// Per IP: enough for a person retyping, too few for guessing or mail bombing.
const PER_IP = { max: 10, timeWindow: '1 minute' };

/** Routes reached from links in mails: accept an invitation, reset a forgotten password. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false });

  app.post(
    '/invitations/accept',
    {
      config: { access: 'public', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: set name and password with the token from the mail',
        body: acceptInvitationBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await acceptInvitation(app, { ...request.body, ip: request.ip });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/invitations/describe',
    {
      config: { access: 'public', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: 'What an invitation link offers: the invited address, the roles, and whether to log in or choose a password',
        body: invitationTokenBodySchema,
        response: { 200: invitationDescriptionSchema, ...errors },
      },
    },
    async (request) => describeInvitation(app, request.body.token),
  );

  app.post(
    '/invitations/accept-with-account',
    {
      config: { access: 'user', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation sent to your own account: its roles are added',
        body: invitationTokenBodySchema,
        response: { 204: z.null(), ...userErrors },
      },
    },
    async (request, reply) => {
      await acceptInvitationAsUser(app, { token: request.body.token, userId: currentUser(request).id, ip: request.ip });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password-reset/request',
    {
      config: { access: 'public', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: 'Mail a password reset link if the account exists; always 202',
        body: passwordResetRequestBodySchema,
        response: { 202: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const mailId = await requestPasswordReset(app, request.body.email, request.ip);
      // Answer before talking to SMTP, so the response time does not tell whether the account exists.
      await reply.status(202).send(null);
      if (mailId !== null) await deliverMail(app, mailId);
      return reply;
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: PER_IP },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the token from the mail; ends every session',
        body: passwordResetConfirmBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(app, { ...request.body, ip: request.ip });
      return reply.status(204).send(null);
    },
  );
};
