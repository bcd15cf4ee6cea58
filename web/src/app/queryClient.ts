import { MutationCache, QueryCache, QueryClient, type FetchQueryOptions, type Query, type QueryKey } from '@tanstack/react-query';
import { isRetryableError, isTransientError } from '#web/api/client';
import { ApiError } from '#web/api/client';
import { sessionQueryKey } from '#web/auth/session';

/** While a query's last answer was a transient failure, it asks again this often (while the tab is visible). */
export const ERROR_REFETCH_INTERVAL_MS = 10_000;

const failedTransiently = (query: Query) => query.state.status === 'error' && isTransientError(query.state.error);

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // Only a network failure or a 5xx may fix itself by asking again (with
        // TanStack's doubling delay: 1 s, 2 s); a 4xx or a bad answer will not.
        retry: (failureCount, error) => isRetryableError(error) && failureCount < 2,
        // A page that failed because the server was unreachable (or 503) must
        // not stay failed: ask again when the browser is back online, when the
        // window regains focus, and every 10 s while visible. Healthy queries
        // keep their data on focus.
        refetchOnReconnect: true,
        refetchOnWindowFocus: (query) => failedTransiently(query),
        refetchInterval: (query) => (failedTransiently(query) ? ERROR_REFETCH_INTERVAL_MS : false),
      },
    },
    // Any 401 means the session has ended: forgetting the user lets the route
    // guards send the user to the login page, which brings them back afterwards.
    // Except a refused password (invalid_credentials): a wrong current password
    // when changing it is a 401 too, but the session goes on.
    queryCache: new QueryCache({ onError: (error) => forgetSessionOn401(error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetSessionOn401(error) }),
  });
  function forgetSessionOn401(error: unknown) {
    if (error instanceof ApiError && error.isUnauthorized && error.code !== 'invalid_credentials' && queryClient.getQueryData(sessionQueryKey)) {
      queryClient.setQueryData(sessionQueryKey, null);
    }
  }
  return queryClient;
}

/**
 * What the server stores now, asked for once (no retries): after a write whose outcome is unknown (its answer lost to a
 * dropped connection, or refused when sent again), it says whether the write was stored. Undefined when it cannot be
 * read either. The answer goes into the cache like any read's.
 */
export const readStoredOnce = <Data, Key extends QueryKey>(queryClient: QueryClient, options: FetchQueryOptions<Data, Error, Data, Key>) =>
  queryClient.fetchQuery({ ...options, retry: false }).catch(() => undefined);

/**
 * Creates something at most once. When the answer never came (a dropped connection) it may have been stored all the
 * same, and sent again it would be there twice, or refused as already there: the list as stored now, asked for once,
 * says. A new entry (one whose `key` the list did not hold when the call went) that `isIt` recognises is the one
 * created, and is returned; otherwise the failure stands. Without the list in the cache before the call nothing can be
 * told apart.
 */
export async function createOnce<Data, Key extends QueryKey, Entry, Created>(
  queryClient: QueryClient,
  list: {
    query: FetchQueryOptions<Data, Error, Data, Key>;
    entries: (data: Data) => readonly Entry[];
    key: (entry: Entry) => unknown;
    isIt: (entry: Entry) => boolean;
  },
  create: () => Promise<Created>,
): Promise<Created | Entry> {
  const { query, entries, key, isIt } = list;
  const before = queryClient.getQueryData<Data>(query.queryKey);
  const known = before && new Set(entries(before).map(key));
  try {
    return await create();
  } catch (error) {
    if (!known || !isTransientError(error)) throw error;
    const now = await readStoredOnce(queryClient, query);
    const created = now && entries(now).find((entry) => !known.has(key(entry)) && isIt(entry));
    if (!created) throw error;
    return created;
  }
}
