import { queryOptions, useQuery } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';
// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { OrganisationResults } from '#shared/api/results';

export type { OrganisationResults };
export type AreaResult = OrganisationResults['areas'][number];
export type LevelCounts = NonNullable<AreaResult['comparison'][number]>;

export const resultsQueries = {
  /** One organisation's results of a round (the latest without `year`), with texts in the reader's language. */
  organisation: (organisationId: number | undefined, year: number | undefined, lang: string) =>
    queryOptions({
      queryKey: ['organisation-results', organisationId, year ?? 'latest', lang] as const,
      enabled: organisationId !== undefined,
      queryFn: ({ signal }) =>
        answer(
          api.GET('/api/organisations/{id}/results', {
            params: { path: { id: organisationId! }, query: { lang: lang === 'en' ? 'en' : 'sv', year } },
            signal,
          }),
        ),
    }),
};

export function useOrganisationResults(organisationId: number | undefined, year: number | undefined, lang: string) {
  return useQuery(resultsQueries.organisation(organisationId, year, lang));
}
