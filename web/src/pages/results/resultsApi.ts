import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { OrganisationResults } from '../../../../shared/api/results';

export type { OrganisationResults };
export type AreaResult = OrganisationResults['areas'][number];
export type LevelCounts = NonNullable<AreaResult['comparison'][number]>;

export const LEVEL_KEYS = ['1', '2', '3', '4'] as const;

export function useOrganisationResults(organisationId: number | undefined, year: number | undefined, lang: string) {
  return useQuery({
    queryKey: ['organisation-results', organisationId, year ?? 'latest', lang],
    enabled: organisationId !== undefined,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ lang: lang === 'en' ? 'en' : 'sv' });
      if (year !== undefined) params.set('year', String(year));
      return apiGet<OrganisationResults>(`/api/organisations/${organisationId}/results?${params}`, undefined, { signal });
    },
  });
}

/** "12 %" style share; null when there is nothing to divide by. */
export function formatShare(part: number, whole: number, language: string): string | null {
  if (whole === 0) return null;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
}
