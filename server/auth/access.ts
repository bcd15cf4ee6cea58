import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, forbidden, unauthorized } from '#server/errors';
import { assertSameOrigin } from '#server/http/same-origin';
import { isActiveAuditor, takeAuditorReads, type Access } from './guard';
import { recordAuditorReads } from './auditor-reads';
import { findLiveApiToken, scopeAllows } from '#server/mfa/api-tokens';
import { mfaStateOfSession } from '#server/mfa/state';
import { SESSION_COOKIE, findLiveSession } from './sessions';

/** An /api route and the access it declares; the authorization matrix test walks these. */
export type ApiRoute = { method: string; url: string; access: Access };

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}

// Routes that plugins register (the OpenAPI UI) are public documentation.
const PLUGIN_PREFIXES = ['/api/docs'];

/**
 * Enforces the access every /api route declares: the app refuses to start
 * when a route declares none, so no route is open by accident.
 */
export const accessPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('user', null);
    app.decorateRequest('session', null);
    app.decorateRequest('apiToken', null);
    app.decorate('apiRoutes', [] as ApiRoute[]);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || PLUGIN_PREFIXES.some((p) => route.url.startsWith(p))) return;
      if (route.config?.access === undefined) {
        throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
      }
      if (route.config.readerAccess === false && (typeof route.config.access === 'string' || route.config.access.includes('viewer'))) {
        throw new Error(`Route ${route.method} ${route.url}: readerAccess false only on routes for roles, without viewer`);
      }
      if (route.config.sessionInHandler === true) {
        if (route.config.readerAccess !== false || route.errorHandler !== undefined) {
          throw new Error(`Route ${route.method} ${route.url}: sessionInHandler only with readerAccess false and no error handler of its own`);
        }
        // An error before the handler (body parsing, validation) answers after the session check it would have followed.
        // Sent from here, an error goes on to the app's error handler (as one thrown here would).
        route.errorHandler = (error, request, reply) => {
          void checkDeferredSession(app, request).then(
            () => reply.send(error),
            (refusal: unknown) => reply.send(refusal),
          );
        };
      }
      for (const method of [route.method].flat()) {
        // Fastify adds a HEAD twin for each GET; it shares the GET's access.
        if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access: route.config.access });
      }
    });

    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const bearer = bearerToken(request);
      if (bearer !== undefined) {
        // A token no browser attaches by itself: no CSRF to defend against (docs/decisions/0011, 0024).
        await loadTokenCaller(app, request, bearer);
      } else {
        if (request.routeOptions.config.crossSitePost !== true) assertSameOrigin(request, app.config);
        const token = request.cookies[SESSION_COOKIE];
        if (token && request.routeOptions.config.sessionInHandler === true) {
          // The handler checks it in the statement that does its work (takeDeferredSession), or asks for the ordinary check.
          deferredSessions.set(request, token);
          return;
        }
        await loadSessionCaller(app, request);
      }
      const access = request.routeOptions.config.access;
      if (access !== undefined) enforce(access, request);
    });

    // An auditor's reads (noted by assertOrganisationAccess) are in the audit log before the answer leaves;
    // should the write fail, the error handler answers instead and nothing is disclosed unlogged.
    app.addHook('onSend', async (request, reply, payload) => {
      const reads = takeAuditorReads(request.user);
      if (reads.length > 0 && reply.statusCode < 400) await recordAuditorReads(app.db, request, reads);
      return payload;
    });
  },
  { name: 'access', dependencies: ['database'] },
);

/** Session tokens whose check a route with `sessionInHandler` left to its handler, until taken or checked. */
const deferredSessions = new WeakMap<FastifyRequest, string>();

/**
 * The session token of a `sessionInHandler` route's request, once: the
 * handler checks it itself, in the statement that does its work, and calls
 * checkDeferredSession when that statement cannot say. Undefined when the
 * session was checked the ordinary way (no cookie, an API token).
 */
export function takeDeferredSession(request: FastifyRequest): string | undefined {
  const token = deferredSessions.get(request);
  deferredSessions.delete(request);
  return token;
}

/**
 * The ordinary session check the onRequest hook left to the handler: looks
 * the session up and enforces the route's access, with the same 401 and 403
 * as on any route. Does nothing when there is none left to do.
 */
export async function checkDeferredSession(app: FastifyInstance, request: FastifyRequest, token = takeDeferredSession(request)): Promise<void> {
  if (token === undefined) return;
  await loadSessionCaller(app, request, token);
  const access = request.routeOptions.config.access;
  if (access !== undefined) enforce(access, request);
}

/** `Authorization: Bearer <token>`; undefined without one. */
function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must be "Bearer <token>".');
  return match[1];
}

async function loadTokenCaller(app: FastifyInstance, request: FastifyRequest, token: string) {
  const found = await findLiveApiToken(app.db, token);
  // A token that is wrong, expired or revoked is refused even on public routes: the script must learn it.
  if (!found) throw unauthorized('The API token is unknown, expired or revoked.');
  request.apiToken = { id: found.tokenId, scope: found.scope };
  // A script reads as its account's roles only: reader access (auditor grants, groups) is for people in the browser.
  request.user = { id: found.id, email: found.email, name: found.name, roles: found.roles, auditorOf: [], groupMembers: [] };
}

async function loadSessionCaller(app: FastifyInstance, request: FastifyRequest, token = request.cookies[SESSION_COOKIE]) {
  if (!token) return;
  const session = await findLiveSession(app.db, token, { readerAccess: request.routeOptions.config.readerAccess !== false });
  if (!session) return;
  const { id, email, name, roles, auditorOf, groupMembers } = session;
  const user = { id, email, name, roles, auditorOf, groupMembers };
  const state = mfaStateOfSession(app.config, session);
  request.session = { user, state, idHash: session.id_hash };
  if (state === 'complete') request.user = user;
}

const mfaRequired = (state: 'pending' | 'enrolment_required') =>
  new HttpError(
    401,
    'mfa_required',
    state === 'pending' ? 'Give your second factor first (/api/auth/mfa).' : 'Your role requires MFA: set up a second factor first (/api/auth/mfa).',
    { state },
  );

function enforce(access: Access, request: FastifyRequest): void {
  if (access === 'public') return;
  const session = request.session;
  if (access === 'mfa_challenge') {
    if (session?.state === 'pending') return;
    if (!session) throw unauthorized();
    throw forbidden('This session waits for no second factor.');
  }
  if (access === 'mfa_enrolment') {
    if (session?.state === 'pending') throw mfaRequired('pending');
    if (!session) throw unauthorized();
    return;
  }
  const user = request.user;
  if (!user) {
    if (session && session.state !== 'complete') throw mfaRequired(session.state);
    throw unauthorized();
  }
  if (request.apiToken && !scopeAllows(request.apiToken.scope, request.method, request.routeOptions.url)) {
    throw forbidden(
      `This API token's scope (${request.apiToken.scope}) does not allow ${request.method} ${request.routeOptions.url ?? request.url}.`,
    );
  }
  if (access === 'user') return;
  if (user.roles.some((r) => access.includes(r.role))) return;
  // An auditor with a grant active today passes where viewers do; which organisation they may read,
  // read-only, assertOrganisationAccess decides (docs/decisions/0021).
  if (access.includes('viewer') && isActiveAuditor(user)) return;
  throw forbidden();
}
