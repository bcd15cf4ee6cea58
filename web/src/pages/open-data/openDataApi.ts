import { queryOptions } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';
// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { OpenDataList } from '#shared/api/open-data';

export type { OpenDataList };

export const openDataQueries = {
  list: () => queryOptions({ queryKey: ['open-data'] as const, queryFn: ({ signal }) => answer(api.GET('/api/open-data', { signal })) }),
};
