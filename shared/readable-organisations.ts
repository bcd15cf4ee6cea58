import type { SessionUser } from './api/auth';

/** The query-string parameter naming the organisation a link is about: /resultat?organisation=12, /handlingsplan?organisation=12. */
export const ORGANISATION_PARAM = 'organisation';

type Reader = Pick<SessionUser, 'roles' | 'auditorOf' | 'groupMembers'>;

/**
 * The organisations whose results and plan the user reads, by id with their names: its own first, then those it reads
 * as an auditor or through a group (docs/decisions/0021). The server decides each read; this only offers the choices.
 * The client offers them in this order, and the server preloads the first one's results (docs/decisions/0036).
 */
export function readableOrganisations(user: Reader | null): Map<number, string> {
  const names = new Map<number, string>();
  for (const r of user?.roles ?? []) if (r.organisationId !== null) names.set(r.organisationId, r.organisationName ?? `#${r.organisationId}`);
  for (const g of [...(user?.auditorOf ?? []), ...(user?.groupMembers ?? [])]) names.set(g.organisationId, g.organisationName);
  return names;
}

/** The organisation a page shows first: the one its link names (`?organisation=`) when the user reads it, else the first. */
export function chosenOrganisation(names: ReadonlyMap<number, string>, linked: string | null): number | undefined {
  const id = Number(linked);
  return names.has(id) ? id : names.keys().next().value;
}
