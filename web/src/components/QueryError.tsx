import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError, isTransientError } from '../api/errorMessages';

export type QueryErrorProps = {
  error: unknown;
  /** Asks again: the failed queries' refetch(). */
  onRetry: () => void;
  /** A new attempt is under way (the queries' isFetching). */
  retrying: boolean;
  /** Further ways on, e.g. a link back to where the user came from. */
  children?: ReactNode;
};

/**
 * Why data could not be loaded, and a way forward: a "try again" button, and
 * for a server that could not be reached (or was unavailable) the promise that
 * it is tried again by itself (the query client asks again on reconnect, focus
 * and every 10 s). The page replaces this with the data once it arrives.
 */
export function QueryError({ error, onRetry, retrying, children }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <div className="query-error">
      <p role="alert" className="field__error">
        {describeApiError(error, t)}
        {isTransientError(error) && ` ${t('queryError.autoRetry')}`}
      </p>
      <p>
        <button type="button" className="button" aria-disabled={retrying} onClick={() => retrying || onRetry()}>
          {t('queryError.retry')}
        </button>{' '}
        <span role="status">{retrying ? t('queryError.retrying') : ''}</span>
      </p>
      {children}
    </div>
  );
}

/** Asks again for each of the queries that failed (a page's data may come from several). */
export function refetchFailed(...queries: { isError: boolean; refetch: () => unknown }[]): void {
  for (const query of queries) if (query.isError) void query.refetch();
}
