import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errorMessages';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { AddOrganisationForm } from './AddOrganisationForm';
import { AdminNav } from './AdminNav';
import { adminKeys, fetchOrganisations, ORGANISATION_TYPES } from './adminApi';
import { AttributeImport } from './AttributeImport';
import { OrganisationRow } from './OrganisationRow';
import { SelectField } from '../../forms/SelectField';
import { Field } from '../../forms/Field';
import { useAllOrganisations } from './useOrganisations';

type Filters = { type: string; county: string; search: string };

export default function OrganisationsPage() {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('hub.organisations.title'));
  const [draft, setDraft] = useState<Filters>({ type: '', county: '', search: '' });
  const [filters, setFilters] = useState(draft);
  const [status, setStatus] = useState('');
  const all = useAllOrganisations();
  const counties = useMemo(() => countiesOf(all), [all]);
  const list = useQuery({ queryKey: adminKeys.organisations(filters), queryFn: ({ signal }) => fetchOrganisations(filters, signal) });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.organisations.title')}</h1>
      <p role="status" className="status-message">
        {status}
      </p>
      <form role="search" aria-label={t('organisations.searchLabel')} className="filters" onSubmit={search}>
        <Field id="org-search" label={t('organisations.search')}>
          <input id="org-search" type="search" className="field__input" value={draft.search} onChange={(e) => setDraft({ ...draft, search: e.target.value })} />
        </Field>
        <SelectField id="org-type" label={t('organisations.type')} value={draft.type} onChange={(type) => setDraft({ ...draft, type })}>
          <option value="">{t('filters.all')}</option>
          {ORGANISATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`organisations.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="org-county" label={t('organisations.county')} value={draft.county} onChange={(county) => setDraft({ ...draft, county })}>
          <option value="">{t('filters.all')}</option>
          {counties.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </form>
      {list.isPending && <LoadingMessage />}
      {list.isError && <p className="field__error">{describeApiError(list.error, tCommon)}</p>}
      {list.data && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('organisations.count', { count: list.data.organisations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.code')}</th>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.type')}</th>
                <th scope="col">{t('organisations.county')}</th>
                <th scope="col">{t('organisations.parent')}</th>
                <th scope="col">{t('organisations.contactEmail')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.organisations.map((organisation) => (
                <OrganisationRow key={organisation.id} organisation={organisation} onStatus={setStatus} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 id="add-organisation-heading">{t('organisations.addTitle')}</h2>
      <AddOrganisationForm counties={counties} onDone={setStatus} />

      <h2 id="attribute-import-heading">{t('attributes.title')}</h2>
      <AttributeImport />
    </div>
  );
}

function countiesOf(organisations: { countyCode: string | null; countyName: string | null }[]): [string, string][] {
  const byCode = new Map<string, string>();
  for (const o of organisations) if (o.countyCode) byCode.set(o.countyCode, o.countyName ?? o.countyCode);
  return [...byCode.entries()].sort((a, b) => a[1].localeCompare(b[1], 'sv'));
}
