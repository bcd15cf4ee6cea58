import { useTranslation } from 'react-i18next';
import { isAuditAction } from '#shared/api/audit-actions';
import { Pagination } from '#web/components/Pagination';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { Field } from '#web/forms/Field';
import { AdminNav } from './AdminNav';
import { adminQueries } from './adminApi';
import { DataTable } from './DataTable';
import { FilterForm, useFilters } from './FilterForm';
import { OrganisationFilter } from './OrganisationFilter';
import { formatTimestamp, summariseDetails } from './format';
import { usePagedList } from './usePagedList';

/** A date field's yyyy-mm-dd as the start of that day (local time), in ISO form. */
const dayStart = (date: string) => (date ? new Date(`${date}T00:00:00`).toISOString() : undefined);
const dayAfter = (date: string) => (date ? new Date(new Date(`${date}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined);

/** The action as a phrase, with its name in the log underneath (what the action filter searches). */
function ActionName({ action }: { action: string }) {
  const { t } = useTranslation('admin');
  if (!isAuditAction(action)) return <code className="audit-action-key">{action}</code>;
  return (
    <>
      <span className="audit-action">{t(`audit.actions.${action}`)}</span>{' '}
      <code className="audit-action-key" title={t('audit.actionKey', { action })}>
        {action}
      </code>
    </>
  );
}

function Details({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation('admin');
  const lines = summariseDetails(details);
  if (lines.length === 0) return null;
  return (
    <dl className="audit-details">
      {lines.map((line) => (
        <div key={line.key}>
          <dt>{line.key}:</dt>{' '}
          <dd>
            {line.value || t('audit.empty')}
            {line.more > 0 && ` ${t('audit.moreItems', { count: line.more })}`}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function AuditPage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('hub.audit.title'));
  const filters = useFilters({ action: '', organisationId: '', from: '', to: '' });
  const { action, organisationId, from, to } = filters.applied;
  const request = { action, organisationId, from: dayStart(from), to: dayAfter(to) };
  const {
    query: audit,
    pagination,
    paged,
  } = usePagedList(
    (page) => adminQueries.audit({ ...request, ...page }),
    (data) => data.total,
  );

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.audit.title')}</h1>
      <FilterForm aria-label={t('audit.searchLabel')} onApply={filters.apply}>
        <Field id="audit-action" label={t('audit.action')} hint={t('audit.actionHint')}>
          <input
            id="audit-action"
            aria-describedby="audit-action-hint"
            className="field__input"
            value={filters.draft.action}
            onChange={(e) => filters.set('action', e.target.value)}
          />
        </Field>
        <OrganisationFilter id="audit-organisation" value={filters.draft.organisationId} onChange={(id) => filters.set('organisationId', id)} />
        <Field id="audit-from" label={t('audit.from')}>
          <input
            id="audit-from"
            type="date"
            className="field__input"
            value={filters.draft.from}
            onChange={(e) => filters.set('from', e.target.value)}
          />
        </Field>
        <Field id="audit-to" label={t('audit.to')}>
          <input id="audit-to" type="date" className="field__input" value={filters.draft.to} onChange={(e) => filters.set('to', e.target.value)} />
        </Field>
      </FilterForm>
      <QueryStatus query={audit} />
      {paged && <Pagination {...pagination} />}
      {audit.data && (
        <DataTable
          busy={audit.isPlaceholderData}
          caption={t('audit.count', { count: audit.data.total })}
          columns={[t('audit.at'), t('audit.action'), t('audit.actor'), t('roles.organisation'), t('audit.details')]}
        >
          {audit.data.entries.map((entry) => (
            <tr key={entry.id}>
              <td className="audit-time">
                <time dateTime={entry.at}>{formatTimestamp(entry.at, i18n.language)}</time>
              </td>
              <th scope="row">
                <ActionName action={entry.action} />
              </th>
              <td>{entry.actor?.email ?? t('audit.system')}</td>
              <td>{entry.organisation?.name ?? ''}</td>
              <td>
                <Details details={entry.details} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
