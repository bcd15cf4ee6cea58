import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** A browser step's answer: 303 See Other to the next address (the provider, the page asked for, or the refusal page). */
const redirect = { 303: z.null().describe('Redirect (Location)') };
import { errorBodySchema } from '#shared/api/errors';
import {
  discoverBodySchema,
  discoverResponseSchema,
  federatedLogoutResponseSchema,
  federationStartQuerySchema,
  oidcCallbackQuerySchema,
  samlAcsBodySchema,
  samlProviderParamsSchema,
  type FederationRefusal,
} from '#shared/api/federation';
import { recordAudit } from '#server/audit/repository';
import { SESSION_COOKIE, deleteSession } from '#server/auth/sessions';
import { hashToken, newSecretToken } from '#server/auth/tokens';
import { notFound } from '#server/errors';
import { firstFactorSession } from '#server/mfa/login';
import { findUserById, rolesOf } from '#server/users/repository';
import { paths } from '#shared/client-routes';
import { resolveAccount, type AssertedIdentity } from '#server/federation/identity';
import { savePendingLogin, takePendingLogin } from '#server/federation/login-state';
import { oidcAuthorizationUrl, oidcCallback, oidcConfiguration, oidcEndSessionUrl } from '#server/federation/oidc';
import { domainOf, findProvider, providerForDomain, type ProviderRow } from '#server/federation/providers';
import { samlAcs, samlAuthorizationUrl, samlLogoutUrl, samlSpMetadata } from '#server/federation/saml';
import { assertsMfa, createFederatedSession, findFederatedSession, type LogoutHandle } from '#server/federation/session';
import { federationStartPath, oidcRedirectUri, refusalPath, safeReturnPath } from '#server/federation/urls';
import { setSessionCookie } from '../routes';

/** Binds an OIDC login to the browser that started it (login CSRF): its hash is stored with the state. */
const BINDING_COOKIE = 'mognad_federation';
const BINDING_PATH = '/api/auth/federation';

export const federationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(rateLimit, { global: false });
  // The IdP's form posts the SAMLResponse url-encoded; only this feature takes such bodies.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const publicUrl = () => app.config.publicUrl.replace(/\/+$/, '');
  const serviceProvider = () => ({ publicUrl: publicUrl(), signing: app.config.samlSigning });

  /** Ends a refused or failed login on the refusal page, audited. */
  async function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    provider: ProviderRow | undefined,
    refusal: FederationRefusal,
    extra: { userId?: number; error?: unknown; identity?: AssertedIdentity } = {},
  ) {
    if (extra.error !== undefined) request.log.warn({ err: extra.error, providerId: provider?.id }, 'federated login failed');
    await recordAudit(app.db, {
      actorUserId: extra.userId ?? null,
      action: 'auth.federated_login_refused',
      ip: request.ip,
      details: {
        providerId: provider?.id ?? null,
        reason: refusal,
        ...(extra.identity?.email ? { emailDomain: domainOf(extra.identity.email) ?? null } : {}),
      },
    });
    return reply.redirect(refusalPath(refusal), 303);
  }

  /** The account is resolved: the session (through the one hook MFA extends), the cookie, the audit entry, back to the page. */
  async function signIn(
    request: FastifyRequest,
    reply: FastifyReply,
    provider: ProviderRow,
    typedDomain: string,
    returnTo: string,
    identity: AssertedIdentity,
    logout: LogoutHandle,
  ) {
    const outcome = await resolveAccount(app.db, provider, typedDomain, identity);
    if (!outcome.ok) return refuse(request, reply, provider, outcome.refusal, { userId: outcome.userId, identity });
    const assurance = { amr: identity.amr, acr: identity.acr, mfa: provider.mfa_from_idp && assertsMfa(identity.amr, identity.acr) };
    const account = await findUserById(app.db, outcome.userId);
    if (!account) return refuse(request, reply, provider, 'no_account', { identity });
    const user = { id: account.id, email: account.email, roles: await rolesOf(app.db, account.id) };
    const firstFactor = assurance.mfa ? { mfaPending: false, state: 'complete' as const } : await firstFactorSession(app.db, app.config, user);
    const token = await createFederatedSession(
      app.db,
      {
        userId: outcome.userId,
        providerId: provider.id,
        subject: identity.subject,
        assurance,
        logout,
        client: { userAgent: request.headers['user-agent'] ?? null, ip: request.ip },
      },
      firstFactor.mfaPending,
    );
    if (outcome.linked) {
      await recordAudit(app.db, {
        actorUserId: outcome.userId,
        action: 'auth.federated_identity_linked',
        ip: request.ip,
        details: { providerId: provider.id, provider: provider.name },
      });
    }
    await recordAudit(app.db, {
      actorUserId: outcome.userId,
      action: 'auth.federated_login',
      ip: request.ip,
      details: { providerId: provider.id, provider: provider.name, linked: outcome.linked, amr: identity.amr, acr: identity.acr },
    });
    setSessionCookie(request, reply, token);
    const next = safeReturnPath(returnTo);
    // A second factor still owed: to its page first, as the password login does (web/src/app/paths.ts mfaPathReturningTo).
    if (firstFactor.state !== 'complete') {
      const page = firstFactor.state === 'pending' ? paths.mfaChallenge : paths.mfaSetup;
      return reply.redirect(`${page}?${new URLSearchParams({ nasta: next }).toString()}`, 303);
    }
    return reply.redirect(next, 303);
  }

  app.post(
    '/discover',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Where an e-mail address signs in: its domain’s identity provider, or a password',
        body: discoverBodySchema,
        response: { 200: discoverResponseSchema, 400: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request) => {
      const domain = domainOf(request.body.email);
      const provider = domain ? await providerForDomain(app.db, domain) : undefined;
      if (!provider) return { method: 'password' as const };
      return { method: 'federated' as const, providerName: provider.name, startUrl: federationStartPath(request.body.email, undefined) };
    },
  );

  app.get(
    '/start',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sends the browser to the identity provider of the address’s domain (a redirect)',
        querystring: federationStartQuerySchema,
        response: { ...redirect, 400: errorBodySchema, 404: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const domain = domainOf(request.query.email.toLowerCase());
      const provider = domain ? await providerForDomain(app.db, domain) : undefined;
      if (!domain || !provider) throw notFound('identity_provider', 'No identity provider serves this e-mail domain: log in with a password.');
      const returnTo = safeReturnPath(request.query.next);
      try {
        if (provider.kind === 'oidc') {
          const configuration = await oidcConfiguration(provider, app.config.federationSecretKey);
          const { url, state, nonce, codeVerifier } = await oidcAuthorizationUrl(configuration, oidcRedirectUri(publicUrl()), request.query.email);
          const binding = newSecretToken();
          await savePendingLogin(app.db, state, { providerId: provider.id, domain, returnTo, codeVerifier, nonce, browserHash: binding.hash });
          reply.setCookie(BINDING_COOKIE, binding.token, {
            path: BINDING_PATH,
            httpOnly: true,
            sameSite: 'lax',
            secure: request.protocol === 'https',
            maxAge: 600,
          });
          return reply.redirect(url.toString(), 303);
        }
        return reply.redirect(await samlAuthorizationUrl(app.db, provider, serviceProvider(), { domain, returnTo }), 303);
      } catch (error) {
        return refuse(request, reply, provider, 'failed', { error });
      }
    },
  );

  app.get(
    '/oidc/callback',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'OpenID Connect redirect URI: redeems the code, signs in, and sends the browser on (a redirect)',
        querystring: oidcCallbackQuerySchema,
        response: redirect,
      },
    },
    async (request, reply) => {
      const state = request.query.state;
      const pending = state ? await takePendingLogin(app.db, state) : undefined;
      const provider = pending ? await findProvider(app.db, pending.provider_id) : undefined;
      const binding = request.cookies[BINDING_COOKIE];
      reply.clearCookie(BINDING_COOKIE, { path: BINDING_PATH });
      if (!pending || !provider || provider.kind !== 'oidc' || !provider.enabled) return refuse(request, reply, provider, 'failed');
      if (!binding || hashToken(binding) !== pending.browser_hash) {
        return refuse(request, reply, provider, 'failed', {
          error: new Error('The login was started in another browser (binding cookie missing or different).'),
        });
      }
      let result: Awaited<ReturnType<typeof oidcCallback>>;
      try {
        const configuration = await oidcConfiguration(provider, app.config.federationSecretKey);
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        result = await oidcCallback(configuration, new URL(`${oidcRedirectUri(publicUrl())}${query}`), {
          state: state!,
          nonce: pending.nonce!,
          codeVerifier: pending.code_verifier!,
        });
      } catch (error) {
        return refuse(request, reply, provider, 'failed', { error });
      }
      return signIn(request, reply, provider, pending.domain, pending.return_to, result.identity, { idToken: result.idToken });
    },
  );

  app.post(
    '/saml/:providerId/acs',
    {
      // The IdP's page posts here from its own origin: exempt from the origin check, the signed response answering our request is the proof.
      config: { access: 'public', crossSitePost: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'SAML assertion consumer service (HTTP-POST): validates the signed response, signs in, sends the browser on',
        params: samlProviderParamsSchema,
        body: samlAcsBodySchema,
        response: { ...redirect, 400: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const provider = await findProvider(app.db, request.params.providerId);
      if (!provider || provider.kind !== 'saml' || !provider.enabled) return refuse(request, reply, provider, 'failed');
      let result: Awaited<ReturnType<typeof samlAcs>>;
      try {
        result = await samlAcs(app.db, provider, serviceProvider(), request.body.SAMLResponse);
      } catch (error) {
        return refuse(request, reply, provider, 'failed', { error });
      }
      return signIn(request, reply, provider, result.pending.domain, result.pending.return_to, result.identity, {
        samlNameId: result.profile.nameID,
        samlNameIdFormat: result.profile.nameIDFormat,
        ...(result.profile.sessionIndex ? { samlSessionIndex: result.profile.sessionIndex } : {}),
      });
    },
  );

  app.get(
    '/saml/:providerId/metadata',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'This service provider’s SAML metadata for one identity provider (entity id, ACS, single logout)',
        params: samlProviderParamsSchema,
        response: { 200: z.string(), 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const provider = await findProvider(app.db, request.params.providerId);
      if (!provider || provider.kind !== 'saml') throw notFound('identity_provider', 'No SAML identity provider with this id.');
      return reply.type('application/samlmetadata+xml; charset=utf-8').send(samlSpMetadata(provider, serviceProvider()));
    },
  );

  app.get(
    '/saml/:providerId/logged-out',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Where the IdP sends the browser after single logout: the session here ended before; on to the start page',
        params: samlProviderParamsSchema,
        response: redirect,
      },
    },
    async (_request, reply) => reply.redirect('/', 303),
  );

  app.post(
    '/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'End this session; for a federated one, also the address of the provider’s single logout, if it has one',
        response: { 200: federatedLogoutResponseSchema },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      let redirectTo: string | null = null;
      if (token) {
        const federated = await findFederatedSession(app.db, token);
        const provider = federated ? await findProvider(app.db, federated.provider_id) : undefined;
        if (federated && provider) {
          try {
            redirectTo =
              provider.kind === 'oidc'
                ? oidcEndSessionUrl(await oidcConfiguration(provider, app.config.federationSecretKey), federated.id_token, `${publicUrl()}/`)
                : await samlLogoutUrl(provider, serviceProvider(), federated);
          } catch (error) {
            // The session here ends all the same; only the provider's session stays.
            request.log.warn({ err: error, providerId: provider.id }, 'single logout address not available');
          }
        }
        await deleteSession(app.db, token);
      }
      if (request.user)
        await recordAudit(app.db, {
          actorUserId: request.user.id,
          action: 'auth.logout',
          ip: request.ip,
          details: redirectTo ? { singleLogout: true } : {},
        });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { redirectTo };
    },
  );
};
