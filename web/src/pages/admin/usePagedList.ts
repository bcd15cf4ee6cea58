import { useEffect } from 'react';
import { keepPreviousData, useQuery, type QueryFunction, type QueryKey } from '@tanstack/react-query';
import { usePageParam } from '#web/components/usePageParam';

/** Rows per page: the API's default limit (shared/api/paging.ts). */
export const PAGE_SIZE = 100;

/** limit and offset as query-string values, for the list's request and query key. */
export type PageRequest = { limit: string; offset: string };

/** A page's query: what the feature's queryOptions() factory gives for these filters and this page. */
type PageQuery<Data, Key extends QueryKey> = { queryKey: Key; queryFn?: QueryFunction<Data, Key> };

/**
 * One page of an admin list, the page number coming from the URL. While the
 * next page loads, the current rows stay on screen (placeholder data) instead
 * of the table flashing empty; a page past the end (a stale link) is replaced
 * by the last page.
 */
export function usePagedList<Data, Key extends QueryKey>(pageQuery: (page: PageRequest) => PageQuery<Data, Key>, totalOf: (data: Data) => number) {
  const { page, setPage } = usePageParam();
  const { queryKey, queryFn } = pageQuery({ limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) });
  const query = useQuery({
    queryKey,
    // The page travels with its rows and their total, so the range shown is that of the rows on screen, not of the page still loading.
    queryFn: async (context) => {
      const data = await queryFn!(context);
      return { ...data, page, total: totalOf(data) };
    },
    placeholderData: keepPreviousData,
  });
  const lastPage = query.data && !query.isPlaceholderData ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : undefined;

  useEffect(() => {
    if (lastPage !== undefined && page > lastPage) setPage(lastPage, { replace: true });
  }, [lastPage, page, setPage]);

  const total = query.data?.total ?? 0;
  return {
    query,
    pagination: { page: query.data?.page ?? page, pageSize: PAGE_SIZE, total, onPage: setPage },
    /** More than one page to move between: only then is the pagination shown. */
    paged: query.data !== undefined && (total > PAGE_SIZE || page > 1),
  };
}
