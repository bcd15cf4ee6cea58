import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionUser } from './session';

/** The query-string parameter naming the organisation a link is about: /resultat?organisation=12, /handlingsplan?organisation=12. */
export const ORGANISATION_PARAM = 'organisation';

/**
 * The organisations whose results and plan the user reads, by id with their names: its own first, then those it reads
 * as an auditor or through a group (docs/decisions/0021). The server decides each read; this only offers the choices.
 */
export function readableOrganisations(user: SessionUser | null): Map<number, string> {
  const names = new Map<number, string>();
  for (const r of user?.roles ?? []) if (r.organisationId !== null) names.set(r.organisationId, r.organisationName ?? `#${r.organisationId}`);
  for (const g of [...(user?.auditorOf ?? []), ...(user?.groupMembers ?? [])]) names.set(g.organisationId, g.organisationName);
  return names;
}

/** The organisation a page shows: the one its link names (?organisation=) when the user reads it, else the first; and a way to choose another. */
export function useChosenOrganisation(names: Map<number, string>): [number | undefined, (id: number) => void] {
  const [params] = useSearchParams();
  const linked = Number(params.get(ORGANISATION_PARAM));
  return useState<number | undefined>(names.has(linked) ? linked : names.keys().next().value);
}
