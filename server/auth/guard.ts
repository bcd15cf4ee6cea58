import type { FastifyRequest } from 'fastify';
import type { Role, SessionUser } from '#shared/api/auth';
import type { Actor } from '#server/audit/actor';
import { notFound, unauthorized } from '#server/errors';

/** Who may call a route: anyone, any logged-in user, or holders of one of the roles. */
export type Access = 'public' | 'user' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * A POST another site's page sends on purpose: a SAML IdP's form to the
     * assertion consumer service. Exempt from the origin check (0011) because
     * the message itself is signed and answers a request we made (0025).
     */
    crossSitePost?: true;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export function hasRole(user: SessionUser | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r.role));
}

export const isNational = (user: SessionUser | null) => hasRole(user, 'admin', 'analyst');

/** The logged-in user of a route whose access already demands one. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}

/** The logged-in user making a change, for the audit log and the mail they send. */
export function actorOf(request: FastifyRequest): Actor {
  const user = currentUser(request);
  return { id: user.id, name: user.name, email: user.email, ip: request.ip };
}

/**
 * Throws 404 unless the user may read (respondent, viewer, admin) or write
 * (respondent) this organisation's answers. 404 rather than 403, so another
 * organisation's data does not even reveal that it exists.
 */
export function assertOrganisationAccess(user: SessionUser | null, organisationId: number, mode: 'read' | 'write'): void {
  if (!user) throw unauthorized();
  const allowed = mode === 'read' ? ['respondent', 'viewer'] : ['respondent'];
  const ok = user.roles.some((r) => allowed.includes(r.role) && r.organisationId === organisationId);
  if (ok || (mode === 'read' && hasRole(user, 'admin'))) return;
  throw notFound('response', 'No such organisation or response.');
}
