import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errorMessages';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { AdminNav } from './AdminNav';
import { adminKeys, fetchAudit } from './adminApi';
import { formatDateTime } from './format';
import { SelectField } from '../../forms/SelectField';
import { Field } from '../../forms/Field';
import { useAllOrganisations } from './useOrganisations';

type Filters = { action: string; organisationId: string; from: string; to: string };

/** A date field's yyyy-mm-dd as the start of that day (local time), in ISO form. */
const dayStart = (date: string) => (date ? new Date(`${date}T00:00:00`).toISOString() : undefined);
const dayAfter = (date: string) => (date ? new Date(new Date(`${date}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined);

export default function AuditPage() {
  const { t, i18n } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('hub.audit.title'));
  const organisations = useAllOrganisations();
  const [draft, setDraft] = useState<Filters>({ action: '', organisationId: '', from: '', to: '' });
  const [filters, setFilters] = useState(draft);
  const request = { action: filters.action, organisationId: filters.organisationId, from: dayStart(filters.from), to: dayAfter(filters.to) };
  const audit = useQuery({ queryKey: adminKeys.audit(request), queryFn: ({ signal }) => fetchAudit(request, signal) });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.audit.title')}</h1>
      <form role="search" aria-label={t('audit.searchLabel')} className="filters" onSubmit={search}>
        <Field id="audit-action" label={t('audit.action')} hint={t('audit.actionHint')}>
          <input id="audit-action" aria-describedby="audit-action-hint" className="field__input" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
        </Field>
        <SelectField id="audit-organisation" label={t('roles.organisation')} value={draft.organisationId} onChange={(organisationId) => setDraft({ ...draft, organisationId })}>
          <option value="">{t('filters.all')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <Field id="audit-from" label={t('audit.from')}>
          <input id="audit-from" type="date" className="field__input" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </Field>
        <Field id="audit-to" label={t('audit.to')}>
          <input id="audit-to" type="date" className="field__input" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </Field>
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </form>
      {audit.isPending && <LoadingMessage />}
      {audit.isError && <p className="field__error">{describeApiError(audit.error, tCommon)}</p>}
      {audit.data && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('audit.count', { count: audit.data.entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('roles.organisation')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.at, i18n.language)}</td>
                  <th scope="row">{entry.action}</th>
                  <td>{entry.actor?.email ?? t('audit.system')}</td>
                  <td>{entry.organisation?.name ?? ''}</td>
                  <td>
                    <code className="details-json">{JSON.stringify(entry.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
