import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { chosenOrganisation, ORGANISATION_PARAM } from '#shared/readable-organisations';

export { readableOrganisations } from '#shared/readable-organisations';

/** The organisation a page shows: the one its link names (?organisation=) when the user reads it, else the first; and a way to choose another. */
export function useChosenOrganisation(names: Map<number, string>): [number | undefined, (id: number) => void] {
  const [params] = useSearchParams();
  return useState<number | undefined>(() => chosenOrganisation(names, params.get(ORGANISATION_PARAM)));
}
