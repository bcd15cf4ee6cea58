import { LoadingMessage } from './LoadingMessage';
import { QueryError } from './QueryError';

type StatusQuery = { isPending: boolean; isError: boolean; isFetching: boolean; error: unknown; refetch: () => unknown };

/**
 * What a page or list shows before its data: the loading message, or why the
 * query failed with a way to try again. Nothing once there is data.
 *
 * `rendered` is for data shown through `useDeferredValue` (time-sliced, docs/decisions/0019): React commits once with
 * the answer come and the deferred value not yet rendered, and a part that hid its loading message on the query's state
 * stood empty for that commit, which a busy phone painted (a layout shift, issue 15). With `rendered`, the message stays
 * until what the data renders is there; an error shows whatever the data.
 */
export function QueryStatus({ query, rendered }: { query: StatusQuery; rendered?: boolean }) {
  if (query.isError) return <QueryError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />;
  if (rendered === undefined ? query.isPending : !rendered) return <LoadingMessage />;
  return null;
}
