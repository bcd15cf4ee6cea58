import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '#server/errors';
import { assertSameOrigin } from '#server/http/same-origin';
import { isActiveAuditor, takeAuditorReads, type Access } from './guard';
import { recordAuditorReads } from './auditor-reads';
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
    app.decorate('apiRoutes', [] as ApiRoute[]);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/') || PLUGIN_PREFIXES.some((p) => route.url.startsWith(p))) return;
      if (route.config?.access === undefined) {
        throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
      }
      for (const method of [route.method].flat()) {
        // Fastify adds a HEAD twin for each GET; it shares the GET's access.
        if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access: route.config.access });
      }
    });

    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      assertSameOrigin(request, app.config);
      request.user = await loadUser(app, request);
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

async function loadUser(app: FastifyInstance, request: FastifyRequest) {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await findLiveSession(app.db, token);
  if (!session) return null;
  const { id, email, name, roles, auditorOf, groupMembers } = session;
  return { id, email, name, roles, auditorOf, groupMembers };
}

function enforce(access: Access, request: FastifyRequest): void {
  if (access === 'public') return;
  const user = request.user;
  if (!user) throw unauthorized();
  if (access === 'user') return;
  if (user.roles.some((r) => access.includes(r.role))) return;
  // An auditor with a grant active today passes where viewers do; which organisation they may read,
  // read-only, assertOrganisationAccess decides (docs/decisions/0021).
  if (access.includes('viewer') && isActiveAuditor(user)) return;
  throw forbidden();
}
