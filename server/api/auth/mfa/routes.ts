import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SessionUser } from '#shared/api/auth';
import { errorBodySchema } from '#shared/api/errors';
import {
  mfaStatusResponseSchema,
  mfaVerifiedResponseSchema,
  passkeyIdParamsSchema,
  passkeyRegistrationBodySchema,
  passkeyVerificationBodySchema,
  recoveryCodeBodySchema,
  recoveryCodesResponseSchema,
  totpCodeBodySchema,
  totpSetupResponseSchema,
  webAuthnOptionsSchema,
} from '#shared/api/mfa';
import { recordAudit } from '#server/audit/repository';
import type { Db } from '#server/db/sql';
import { HttpError, conflict, notFound } from '#server/errors';
import { currentSession, currentUser, type SessionCaller } from '#server/auth/guard';
import { TooManyAttempts } from '#server/auth/login';
import {
  listPasskeys,
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  registerPasskey,
  removePasskey,
  verifyPasskey,
} from '#server/mfa/passkeys';
import { createRecoveryCodes, recoveryCodesLeft, spendRecoveryCode } from '#server/mfa/recovery-codes';
import { hasSecondFactor, methodsOf, requiresMfa } from '#server/mfa/state';
import { removeTotp, spendTotpCode, startTotpSetup } from '#server/mfa/totp';
import { completeSession, forgiveCodeAttempts, reserveCodeAttempt } from '#server/mfa/verify';
import { setSessionCookie } from '../routes';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema, 429: errorBodySchema };
// Per IP, on top of the per-account code throttle: enough for a person.
const PER_IP = { max: 20, timeWindow: '1 minute' };

const codeInvalid = () => new HttpError(401, 'mfa_code_invalid', 'The code is wrong or was used already.');
const passkeyFailed = () => new HttpError(400, 'passkey_failed', 'The passkey could not be verified.');

/** Answers a refused code throttle with Retry-After, as the login does. */
function withRetryAfter(reply: FastifyReply) {
  return (error: unknown): never => {
    if (error instanceof TooManyAttempts) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  };
}

export const mfaRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false });

  /** After the first factor's success, the second factor's: a complete session under a new cookie. */
  async function complete(request: FastifyRequest, reply: FastifyReply, session: SessionCaller, method: string) {
    const token = await completeSession(app.db, session.idHash);
    await recordAudit(app.db, { actorUserId: session.user.id, action: 'auth.mfa_verified', ip: request.ip, details: { method } });
    setSessionCookie(request, reply, token);
  }

  /** The first factor of a user whose role requires MFA also ends in recovery codes, once the first factor is set up. */
  async function recoveryCodesIfFirst(userId: number) {
    return (await recoveryCodesLeft(app.db, userId)) === 0 ? await createRecoveryCodes(app.db, userId) : null;
  }

  app.get(
    '/status',
    {
      config: { access: 'public' },
      schema: {
        tags: ['mfa'],
        summary: "The session's MFA state and the second factors the user can use",
        response: { 200: mfaStatusResponseSchema },
      },
    },
    async (request) => {
      const session = request.session;
      if (!session)
        return { state: 'anonymous' as const, required: false, methods: { totp: false, passkey: false, recoveryCode: false }, factors: null };
      const userId = session.user.id;
      const methods = await methodsOf(app.db, userId);
      const factors =
        session.state === 'pending'
          ? null
          : { totpEnabled: methods.totp, passkeys: await listPasskeys(app.db, userId), recoveryCodesLeft: await recoveryCodesLeft(app.db, userId) };
      return { state: session.state, required: requiresMfa(app.config, session.user.roles), methods, factors };
    },
  );

  // The challenge: a session whose password was right proves its second factor.

  app.post(
    '/verify/totp',
    {
      config: { access: 'mfa_challenge', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Give a code from the authenticator app',
        body: totpCodeBodySchema,
        response: { 200: mfaVerifiedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = currentSession(request);
      await reserveCodeAttempt(app.db, session.user.id).catch(withRetryAfter(reply));
      if (!(await spendTotpCode(app.db, session.user.id, request.body.code, 'confirmed'))) throw codeInvalid();
      await forgiveCodeAttempts(app.db, session.user.id);
      await complete(request, reply, session, 'totp');
      return { user: session.user };
    },
  );

  app.post(
    '/verify/recovery-code',
    {
      config: { access: 'mfa_challenge', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Give one of the recovery codes (each works once)',
        body: recoveryCodeBodySchema,
        response: { 200: mfaVerifiedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = currentSession(request);
      await reserveCodeAttempt(app.db, session.user.id).catch(withRetryAfter(reply));
      if (!(await spendRecoveryCode(app.db, session.user.id, request.body.code))) throw codeInvalid();
      await forgiveCodeAttempts(app.db, session.user.id);
      const left = await recoveryCodesLeft(app.db, session.user.id);
      await recordAudit(app.db, { actorUserId: session.user.id, action: 'auth.recovery_code_used', ip: request.ip, details: { left } });
      await complete(request, reply, session, 'recovery_code');
      return { user: session.user, recoveryCodesLeft: left };
    },
  );

  app.post(
    '/verify/passkey/options',
    {
      config: { access: 'mfa_challenge', rateLimit: PER_IP },
      schema: { tags: ['mfa'], summary: 'A WebAuthn challenge for one of the user’s passkeys', response: { 200: webAuthnOptionsSchema, ...errors } },
    },
    async (request) => {
      const session = currentSession(request);
      return { options: { ...(await passkeyAuthenticationOptions(app.db, app.config, session.idHash, session.user.id)) } };
    },
  );

  app.post(
    '/verify/passkey',
    {
      config: { access: 'mfa_challenge', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Answer the WebAuthn challenge with a passkey',
        body: passkeyVerificationBodySchema,
        response: { 200: mfaVerifiedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = currentSession(request);
      if (!(await verifyPasskey(app.db, app.config, session.idHash, session.user.id, request.body.credential))) throw passkeyFailed();
      await complete(request, reply, session, 'passkey');
      return { user: session.user };
    },
  );

  // Enrolment: a complete session, or one whose role requires MFA and has none yet.

  app.post(
    '/totp/setup',
    {
      config: { access: 'mfa_enrolment', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Start linking an authenticator app: a new secret, as a QR code and as text',
        response: { 200: totpSetupResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const setup = await startTotpSetup(app.db, user);
      if (!setup) throw conflict('mfa_already_enabled', 'An authenticator app is already linked; remove it first.');
      return setup;
    },
  );

  app.post(
    '/totp/confirm',
    {
      config: { access: 'mfa_enrolment', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Finish linking the app with a code from it; answers the recovery codes when they are new',
        body: totpCodeBodySchema,
        response: { 200: recoveryCodesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const pending = await app.db.selectFrom('user_totp').select('confirmed_at').where('user_id', '=', user.id).executeTakeFirst();
      if (!pending || pending.confirmed_at !== null) throw conflict('mfa_setup_missing', 'Start the setup first (POST /api/auth/mfa/totp/setup).');
      if (!(await spendTotpCode(app.db, user.id, request.body.code, 'unconfirmed'))) throw codeInvalid();
      await recordAudit(app.db, { actorUserId: user.id, action: 'auth.mfa_enabled', ip: request.ip, details: { method: 'totp' } });
      return { recoveryCodes: await recoveryCodesIfFirst(user.id) };
    },
  );

  app.post(
    '/passkeys/options',
    {
      config: { access: 'mfa_enrolment', rateLimit: PER_IP },
      schema: { tags: ['mfa'], summary: 'WebAuthn options to create a passkey', response: { 200: webAuthnOptionsSchema, ...errors } },
    },
    async (request) => {
      const session = currentSession(request);
      return { options: { ...(await passkeyRegistrationOptions(app.db, app.config, session.idHash, session.user)) } };
    },
  );

  app.post(
    '/passkeys',
    {
      config: { access: 'mfa_enrolment', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Register the passkey the browser created; answers the recovery codes when they are new',
        body: passkeyRegistrationBodySchema,
        response: { 200: recoveryCodesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const session = currentSession(request);
      const ok = await registerPasskey(app.db, app.config, session.idHash, session.user.id, request.body.name, request.body.credential);
      if (!ok) throw passkeyFailed();
      await recordAudit(app.db, {
        actorUserId: session.user.id,
        action: 'auth.mfa_enabled',
        ip: request.ip,
        details: { method: 'passkey', name: request.body.name },
      });
      return { recoveryCodes: await recoveryCodesIfFirst(session.user.id) };
    },
  );

  // Managing one's factors: a complete session only.

  /** Inside the removing transaction: refuses when the user's role requires MFA and no factor would be left. */
  async function assertFactorLeft(trx: Db, user: SessionUser) {
    if (requiresMfa(app.config, user.roles) && !(await hasSecondFactor(trx, user.id))) {
      throw conflict('mfa_factor_required', 'Your role requires MFA: add another method before removing the last one.');
    }
  }

  app.delete(
    '/totp',
    {
      config: { access: 'user', rateLimit: PER_IP },
      schema: { tags: ['mfa'], summary: 'Unlink the authenticator app', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await app.db.transaction().execute(async (trx) => {
        if (!(await removeTotp(trx, user.id))) throw notFound('route', 'No authenticator app is linked.');
        await assertFactorLeft(trx, user);
        await recordAudit(trx, { actorUserId: user.id, action: 'auth.mfa_removed', ip: request.ip, details: { method: 'totp' } });
      });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/passkeys/:id',
    {
      config: { access: 'user', rateLimit: PER_IP },
      schema: { tags: ['mfa'], summary: 'Remove a passkey', params: passkeyIdParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await app.db.transaction().execute(async (trx) => {
        if (!(await removePasskey(trx, user.id, request.params.id))) throw notFound('route', 'No such passkey.');
        await assertFactorLeft(trx, user);
        await recordAudit(trx, { actorUserId: user.id, action: 'auth.mfa_removed', ip: request.ip, details: { method: 'passkey' } });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/recovery-codes',
    {
      config: { access: 'user', rateLimit: PER_IP },
      schema: {
        tags: ['mfa'],
        summary: 'Replace the recovery codes with ten new ones (shown in this answer only)',
        response: { 200: recoveryCodesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      if (!(await hasSecondFactor(app.db, user.id))) throw conflict('mfa_setup_missing', 'Set up an authenticator app or a passkey first.');
      const codes = await createRecoveryCodes(app.db, user.id);
      await recordAudit(app.db, { actorUserId: user.id, action: 'auth.recovery_codes_created', ip: request.ip });
      return { recoveryCodes: codes };
    },
  );
};
