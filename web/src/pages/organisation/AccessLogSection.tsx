import { useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccessLogEntry } from '#shared/api/auditors';
import { dateTimeFormat } from '#web/components/formatters';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { Pagination } from '#web/components/Pagination';
import { QueryError } from '#web/components/QueryError';
import { TableScroll } from '#web/components/TableScroll';
import { ACCESS_LOG_PAGE_SIZE, accessLogQuery } from './accessApi';

/** What an auditor read, in the reader's words, from the address they asked for. */
function useDescribeRead() {
  const { t } = useTranslation('access');
  return (path: string | null) => {
    const address = path ?? '';
    const response = /\/api\/rounds\/(\d{4})\/organisations\/\d+\/response(\/history)?$/.exec(address);
    if (response) return t(response[2] ? 'log.reads.history' : 'log.reads.response', { year: response[1] });
    if (/\/api\/organisations\/\d+\/results$/.test(address)) return t('log.reads.results');
    if (/\/api\/organisations\/\d+(\/attributes)?$/.test(address)) return t('log.reads.organisation');
    return t('log.reads.other', { path: address });
  };
}

/** Åtkomstlogg: what auditors read of the organisation, and the grants given and revoked. */
export function AccessLogSection({ organisationId }: { organisationId: number }) {
  const { t, i18n } = useTranslation('access');
  const [page, setPage] = useState(1);
  const log = useQuery({ ...accessLogQuery(organisationId, page), placeholderData: keepPreviousData });
  const describeRead = useDescribeRead();
  const captionId = useId();
  const format = dateTimeFormat(i18n.language);

  const what = (entry: AccessLogEntry) => {
    if (entry.action === 'auditor.granted') return t('log.granted', { email: entry.auditorEmail, from: entry.startsOn, to: entry.endsOn });
    if (entry.action === 'auditor.revoked') return t('log.revoked', { email: entry.auditorEmail });
    return t('log.read', { what: describeRead(entry.path) });
  };

  return (
    <section className="organisation-section" aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">{t('log.heading')}</h2>
      <p id={captionId}>{t('log.intro')}</p>
      {log.isPending && <LoadingMessage />}
      {log.error && <QueryError error={log.error} retrying={log.isFetching} onRetry={() => void log.refetch()} />}
      {log.data && log.data.total === 0 && <p>{t('log.empty')}</p>}
      {log.data && log.data.total > 0 && (
        <>
          <TableScroll labelledBy="access-log-heading">
            <table className="data-table" data-testid="access-log" aria-labelledby="access-log-heading" aria-describedby={captionId}>
              <thead>
                <tr>
                  <th scope="col">{t('log.columns.at')}</th>
                  <th scope="col">{t('log.columns.who')}</th>
                  <th scope="col">{t('log.columns.what')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{format.format(new Date(entry.at))}</td>
                    <td>{entry.actorName || entry.actorEmail || '–'}</td>
                    <td>{what(entry)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {log.data.total > ACCESS_LOG_PAGE_SIZE && (
            <Pagination page={page} pageSize={ACCESS_LOG_PAGE_SIZE} total={log.data.total} onPage={setPage} />
          )}
        </>
      )}
    </section>
  );
}
