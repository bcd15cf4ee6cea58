import { useSearchParams } from 'react-router';

/** The query-string parameter holding a paged list's page: /administration/anvandare?sida=2. */
export const PAGE_PARAM = 'sida';

/** Anything else (missing, 0, "abc", absurdly large) is page 1. */
function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1;
}

/**
 * The current page of a list, kept in the URL so reload, back/forward and a
 * shared link show the same page. Other parameters (the filters) stay as they are.
 */
export function usePageParam() {
  const [params, setParams] = useSearchParams();
  const page = parsePage(params.get(PAGE_PARAM));
  const setPage = (next: number, options?: { replace?: boolean }) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next > 1) updated.set(PAGE_PARAM, String(next));
      else updated.delete(PAGE_PARAM);
      return updated;
    }, options);
  return { page, setPage };
}
