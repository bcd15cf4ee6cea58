import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { adminQueries } from './adminApi';

/** Every organisation, for pickers; cached across the admin pages. */
export function useAllOrganisations() {
  const query = useQuery({ ...adminQueries.organisations({}), staleTime: 5 * 60_000 });
  return query.data?.organisations ?? [];
}

/** The counties the organisations lie in, as [code, name] sorted by name (Swedish order), for county pickers. */
export function useCounties(): [string, string][] {
  const organisations = useAllOrganisations();
  return useMemo(() => {
    const byCode = new Map<string, string>();
    for (const o of organisations) if (o.countyCode) byCode.set(o.countyCode, o.countyName ?? o.countyCode);
    return [...byCode.entries()].sort((a, b) => a[1].localeCompare(b[1], 'sv'));
  }, [organisations]);
}
