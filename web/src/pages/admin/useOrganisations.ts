import { useQuery } from '@tanstack/react-query';
import { adminKeys, fetchOrganisations } from './adminApi';

/** Every organisation, for pickers; cached across the admin pages. */
export function useAllOrganisations() {
  const query = useQuery({
    queryKey: adminKeys.organisations({}),
    queryFn: ({ signal }) => fetchOrganisations({}, signal),
    staleTime: 5 * 60_000,
  });
  return query.data?.organisations ?? [];
}
