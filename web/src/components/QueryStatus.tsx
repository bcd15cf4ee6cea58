import { LoadingMessage } from './LoadingMessage';
import { QueryError } from './QueryError';

type StatusQuery = { isPending: boolean; isError: boolean; isFetching: boolean; error: unknown; refetch: () => unknown };

/**
 * What a page or list shows before its data: the loading message, or why the
 * query failed with a way to try again. Nothing once there is data.
 */
export function QueryStatus({ query }: { query: StatusQuery }) {
  if (query.isError) return <QueryError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <LoadingMessage />;
  return null;
}
