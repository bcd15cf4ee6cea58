import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../survey/format';
import { useStatusList } from './nationalApi';

const STATUSES = ['not_started', 'draft', 'submitted'] as const;

/** Invited organisations and how far they have come: for reminder calls, not for comparing results. */
export function StatusListSection({ year }: { year: number }) {
  const { t, i18n } = useTranslation('national');
  const [status, setStatus] = useState('not_started');
  const list = useStatusList(year, status);
  const selectId = useId();
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t('status.heading')}</h2>
      <p>{t('status.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>{t('status.filter')}</label>
        <select id={selectId} className="field__input" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('status.all')}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.values.${s}`)}</option>)}
        </select>
      </div>
      {list.data && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('status.heading')}</caption>
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
              {list.data.organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{o.code}</td>
                  <td>{o.countyName}</td>
                  <td>{t(`status.values.${o.status}`)}</td>
                  <td>{o.areasAnswered} / {list.data.areas}</td>
                  <td>{o.lastActivityAt ? formatDateTime(o.lastActivityAt, i18n.language) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
