import type { FastifyRequest } from 'fastify';
import type { Role, SessionUser } from '#shared/api/auth';
import type { ApiTokenScope, MfaSessionState } from '#shared/api/mfa';
import type { Actor } from '#server/audit/actor';
import { notFound, unauthorized } from '#server/errors';

/**
 * Who may call a route: anyone, any logged-in user, or holders of one of the
 * roles; those need a complete session (docs/decisions/0024). The MFA routes
 * declare which incomplete session they serve: `mfa_challenge` only a session
 * waiting for its second factor, `mfa_enrolment` a session that may set one
 * up (complete, or one whose role requires MFA and has none yet).
 */
export type Access = 'public' | 'user' | 'mfa_challenge' | 'mfa_enrolment' | readonly Role[];

/** A live session whatever its MFA state, with its user: what the MFA routes work with. */
export type SessionCaller = { user: SessionUser; state: MfaSessionState; idHash: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * A POST another site's page sends on purpose: a SAML IdP's form to the
     * assertion consumer service. Exempt from the origin check (0011) because
     * the message itself is signed and answers a request we made (0025).
     */
    crossSitePost?: true;
    /**
     * False on a route that never looks at reader access (auditor grants,
     * group members): its session lookup leaves them out and its user has
     * none. Only for routes no viewer may call (access.ts refuses others):
     * the autosave, which runs after every pause in typing.
     */
    readerAccess?: false;
    /**
     * True on a route whose handler checks the caller's session itself, in
     * the statement that does its work (the autosave: docs/decisions/0034),
     * and falls back to the ordinary check (checkDeferredSession in
     * access.ts) whenever that statement cannot say. The origin check and an
     * API token are checked before, as on any route. Only with `readerAccess:
     * false`. An error before the handler runs (a malformed or invalid body)
     * is answered after the ordinary check, so the order of refusals stays.
     */
    sessionInHandler?: true;
  }
  interface FastifyRequest {
    /** The caller of a complete session or an API token; null otherwise. */
    user: SessionUser | null;
    /** The session (in any MFA state), null without one or for an API token. */
    session: SessionCaller | null;
    /** Set when the caller authenticated with `Authorization: Bearer` (a personal API token). */
    apiToken: { id: number; scope: ApiTokenScope } | null;
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

/** The session of an MFA route, whose access already demands one. */
export function currentSession(request: FastifyRequest): SessionCaller {
  if (!request.session) throw unauthorized();
  return request.session;
}

/** The logged-in user making a change, for the audit log and the mail they send. */
export function actorOf(request: FastifyRequest): Actor {
  const user = currentUser(request);
  return { id: user.id, name: user.name, email: user.email, ip: request.ip };
}

/** Organisations an auditor read in this request, written to the audit log before the answer leaves (server/auth/access.ts). */
const auditorReads = new WeakMap<SessionUser, Set<number>>();

/**
 * Throws 404 unless the user may read or write this organisation's data
 * (answers, results, and whatever else belongs to it). 404 rather than 403,
 * so another organisation's data does not even reveal that it exists.
 *
 * Write: the organisation's own respondents. Read: its own respondents and
 * viewers, administrators, the people of a kommun that is a group of it, and
 * an auditor whose grant is active today (docs/decisions/0021). An auditor's
 * read is noted here and written to the audit log, which the organisation
 * sees as its access log, before a successful answer is sent: every route
 * that calls this function logs, with nothing more to do.
 */
export function assertOrganisationAccess(user: SessionUser | null, organisationId: number, mode: 'read' | 'write'): void {
  if (!user) throw unauthorized();
  const own = mode === 'read' ? ['respondent', 'viewer'] : ['respondent'];
  if (user.roles.some((r) => own.includes(r.role) && r.organisationId === organisationId)) return;
  if (mode === 'read') {
    if (hasRole(user, 'admin')) return;
    if (user.groupMembers.some((m) => m.organisationId === organisationId)) return;
    if (user.auditorOf.some((g) => g.organisationId === organisationId)) {
      const reads = auditorReads.get(user) ?? new Set<number>();
      auditorReads.set(user, reads.add(organisationId));
      return;
    }
  }
  throw notFound('response', 'No such organisation or response.');
}

/** The organisations an auditor read in this request, once: the access plugin logs them. */
export function takeAuditorReads(user: SessionUser | null): number[] {
  if (!user) return [];
  const reads = auditorReads.get(user);
  auditorReads.delete(user);
  return reads ? [...reads] : [];
}

/** Whether the user holds an auditor grant active today (for any organisation). */
export const isActiveAuditor = (user: SessionUser | null) => !!user && user.auditorOf.length > 0;
