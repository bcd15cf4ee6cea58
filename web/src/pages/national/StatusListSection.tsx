import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSE_STATUSES } from '#shared/api/response-statuses';
import { formatDateTime } from '#web/pages/survey/format';
import { TableScroll } from '#web/components/TableScroll';
import { QueryStatus } from '#web/components/QueryStatus';
import { CountySelect } from './CountySelect';
import { useStatusList, type StatusList } from './nationalApi';

type Organisation = StatusList['organisations'][number];

/**
 * Invited organisations and how far they have come: for reminder calls, not for comparing results. Filtered in the
 * browser. The section's filters and table, under its heading (NationalPage), rendered when asked for.
 */
export function StatusListSection({ year }: { year: number }) {
  const { t } = useTranslation('national');
  const [status, setStatus] = useState('not_started');
  const [county, setCounty] = useState('');
  const list = useStatusList(year);
  // Hundreds of rows: rendered as a transition (time-sliced) when they arrive and when a filter changes.
  const data = useDeferredValue(list.data);
  const shownStatus = useDeferredValue(status);
  const shownCounty = useDeferredValue(county);
  const statusId = useId();
  const countyId = useId();
  const all = useMemo(() => data?.organisations ?? [], [data]);
  // The same rows (memo) while a filter's change renders in the background: the select answers at once.
  const shown = useMemo(
    () => all.filter((o) => (shownStatus === '' || o.status === shownStatus) && (shownCounty === '' || o.countyCode === shownCounty)),
    [all, shownStatus, shownCounty],
  );
  const count = t('status.count', { shown: shown.length, count: all.length });
  return (
    <>
      <div className="results-controls">
        <div className="field">
          <label className="field__label" htmlFor={statusId}>
            {t('status.filter')}
          </label>
          <select id={statusId} className="field__input" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('status.all')}</option>
            {RESPONSE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.values.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={countyId}>
            {t('status.countyFilter')}
          </label>
          <CountySelect id={countyId} value={county} onChange={setCounty} />
        </div>
      </div>
      <QueryStatus query={list} rendered={data !== undefined} />
      {data && (
        <>
          <p className="visually-hidden" role="status">
            {count}
          </p>
          <StatusTable caption={count} organisations={shown} areas={data.areas} />
        </>
      )}
    </>
  );
}

const StatusTable = memo(function StatusTable({ caption, organisations, areas }: { caption: string; organisations: Organisation[]; areas: number }) {
  const { t, i18n } = useTranslation('national');
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId} className="national-status__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('status.organisation')}</th>
            <th scope="col">{t('status.code')}</th>
            <th scope="col">{t('status.county')}</th>
            <th scope="col">{t('status.statusColumn')}</th>
            <th scope="col">{t('status.areasAnswered')}</th>
            <th scope="col">{t('status.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              <td>{o.code}</td>
              <td>{o.countyName}</td>
              <td>{t(`status.values.${o.status}`)}</td>
              <td>
                {o.areasAnswered} / {areas}
              </td>
              <td>{o.lastActivityAt ? formatDateTime(o.lastActivityAt, i18n.language) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
});
