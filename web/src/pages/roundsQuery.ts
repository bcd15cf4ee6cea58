import { queryOptions } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';

/** Every round the user may see: one key for the national view and the round administration. */
export const roundsQuery = () => queryOptions({ queryKey: ['rounds'] as const, queryFn: ({ signal }) => answer(api.GET('/api/rounds', { signal })) });
