import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBodySchema, loginBodySchema, meResponseSchema, revokeOtherSessionsResponseSchema } from '#shared/api/auth';
import { errorBodySchema } from '#shared/api/errors';
import { loginResponseSchema } from '#shared/api/mfa';
import { firstFactorSession } from '#server/mfa/login';
import { recordAudit } from '#server/audit/repository';
import { validationFailed } from '#server/errors';
import { findUserById, rolesOf, setPassword } from '#server/users/repository';
import { currentUser } from '#server/auth/guard';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH, DEVICE_LIFETIME_MS } from '#server/auth/devices';
import { TooManyAttempts, authenticate, invalidCredentials } from '#server/auth/login';
import { hashPassword, passwordProblem, verifyPassword } from '#server/auth/passwords';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE, createSession, deleteSession, deleteUserSessions, findLiveSession } from '#server/auth/sessions';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 429: errorBodySchema };
// Per IP: enough for a person, too few for hammering argon2 or the session table.
const ACCOUNT_CHANGES = { max: 10, timeWindow: '1 minute' };

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

/** The browser's device cookie (OWASP): sent only to the login, never readable by scripts. */
function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: DEVICE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: DEVICE_LIFETIME_MS / 1000,
  });
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false });

  app.post(
    '/login',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Log in; answers with a session cookie',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const { user, newDeviceToken } = await authenticate(app, {
        email,
        password,
        ip: request.ip,
        deviceToken: request.cookies[DEVICE_COOKIE],
      }).catch((error: unknown) => {
        if (error instanceof TooManyAttempts) void reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      });
      if (newDeviceToken) setDeviceCookie(request, reply, newDeviceToken);
      const roles = await rolesOf(app.db, user.id);
      // With a second factor set up the session waits for it (docs/decisions/0024).
      const mfa = await firstFactorSession(app.db, app.config, { ...user, roles });
      const client = { userAgent: request.headers['user-agent'] ?? null, ip: request.ip };
      const token = await createSession(app.db, user.id, client, { mfaPending: mfa.mfaPending });
      await recordAudit(app.db, { actorUserId: user.id, action: 'auth.login', ip: request.ip, details: { mfa: mfa.state } });
      setSessionCookie(request, reply, token);
      // The new session as every later request will see it: roles and reader access (auditor grants, group members).
      const session = await findLiveSession(app.db, token);
      if (!session) throw new Error('The session just created is not live');
      const { auditorOf, groupMembers } = session;
      return { user: { id: user.id, email: user.email, name: user.name, roles, auditorOf, groupMembers }, mfa: mfa.state };
    },
  );

  app.post(
    '/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(app.db, token);
      if (request.user) await recordAudit(app.db, { actorUserId: request.user.id, action: 'auth.logout', ip: request.ip });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'user' },
      schema: { tags: ['auth'], summary: 'The logged-in user and roles', response: { 200: meResponseSchema, 401: errorBodySchema } },
    },
    async (request) => ({ user: currentUser(request) }),
  );

  app.post(
    '/password',
    {
      config: { access: 'user', rateLimit: ACCOUNT_CHANGES },
      schema: {
        tags: ['auth'],
        summary: 'Change password; ends every other session',
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      const user = await findUserById(app.db, me.id);
      if (!user?.password_hash || !(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        throw invalidCredentials();
      }
      const problem = passwordProblem(request.body.newPassword, [user.email, user.name]);
      if (problem) throw validationFailed('body.newPassword', problem.rule, problem.message, { minimum: problem.minimum });
      const passwordHash = await hashPassword(request.body.newPassword);
      await app.db.transaction().execute(async (trx) => {
        await setPassword(trx, me.id, passwordHash);
        await recordAudit(trx, { actorUserId: me.id, action: 'auth.password_changed', ip: request.ip });
      });
      await deleteUserSessions(app.db, me.id, request.cookies[SESSION_COOKIE]);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/sessions/revoke-others',
    {
      config: { access: 'user', rateLimit: ACCOUNT_CHANGES },
      schema: {
        tags: ['auth'],
        summary: 'Log out everywhere else: ends every session of the user except this one',
        response: { 204: revokeOtherSessionsResponseSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const me = currentUser(request);
      await app.db.transaction().execute(async (trx) => {
        await deleteUserSessions(trx, me.id, request.cookies[SESSION_COOKIE]);
        await recordAudit(trx, { actorUserId: me.id, action: 'auth.sessions_revoked', ip: request.ip });
      });
      return reply.status(204).send(null);
    },
  );
};
