import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { ApiError } from '#web/api/client';
import { isTransientError } from '#web/api/client';
import { useApiErrorText } from '#web/api/errorText';

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
 * Why data could not be loaded, in the user's language, and a way forward: a
 * "try again" button, and for a server that could not be reached (or was
 * unavailable) the promise that it is tried again by itself (the query client
 * asks again on reconnect, focus and every 10 s). The page replaces this with
 * the data once it arrives. A request the server refused as such (a 4xx: an
 * unknown year, another organisation's response) gives the same answer
 * however often it is asked: no button then, but the page's own way on, or a
 * link to the start page.
 */
export function QueryError({ error, onRetry, retrying, children }: QueryErrorProps) {
  const { t } = useTranslation();
  const message = useApiErrorText(error);
  const refused = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
  return (
    <div className="query-error">
      <p role="alert" className="field__error">
        {message}
        {isTransientError(error) && ` ${t('queryError.autoRetry')}`}
      </p>
      {!refused && (
        <p>
          <button type="button" className="button" aria-disabled={retrying} onClick={() => retrying || onRetry()}>
            {t('queryError.retry')}
          </button>{' '}
          <span role="status">{retrying ? t('queryError.retrying') : ''}</span>
        </p>
      )}
      {children ??
        (refused && (
          <p>
            <Link to={paths.start}>{t('errors.toStart')}</Link>
          </p>
        ))}
    </div>
  );
}

/** Asks again for each of the queries that failed (a page's data may come from several). */
export function refetchFailed(...queries: { isError: boolean; refetch: () => unknown }[]): void {
  for (const query of queries) if (query.isError) void query.refetch();
}
