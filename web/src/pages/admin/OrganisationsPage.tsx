import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '#shared/api/organisation-types';
import { Pagination } from '#web/components/Pagination';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { Field } from '#web/forms/Field';
import { SelectField } from '#web/forms/SelectField';
import { AddOrganisationForm } from './AddOrganisationForm';
import { AdminNav } from './AdminNav';
import { adminQueries } from './adminApi';
import { AttributeImport } from './AttributeImport';
import { DataTable } from './DataTable';
import { FilterForm, useFilters } from './FilterForm';
import { OrganisationRow } from './OrganisationRow';
import { usePagedList } from './usePagedList';
import { useCounties } from './useOrganisations';

export default function OrganisationsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('hub.organisations.title'));
  const filters = useFilters({ type: '', county: '', search: '' });
  const [status, setStatus] = useState('');
  const counties = useCounties();
  const {
    query: list,
    pagination,
    paged,
  } = usePagedList(
    (page) => adminQueries.organisations({ ...filters.applied, ...page }),
    (data) => data.total,
  );

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.organisations.title')}</h1>
      <p role="status" className="status-message">
        {status}
      </p>
      <FilterForm aria-label={t('organisations.searchLabel')} onApply={filters.apply}>
        <Field id="org-search" label={t('organisations.search')}>
          <input
            id="org-search"
            type="search"
            className="field__input"
            value={filters.draft.search}
            onChange={(e) => filters.set('search', e.target.value)}
          />
        </Field>
        <SelectField id="org-type" label={t('organisations.type')} value={filters.draft.type} onChange={(type) => filters.set('type', type)}>
          <option value="">{t('filters.all')}</option>
          {ORGANISATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`organisations.types.${type}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="org-county"
          label={t('organisations.county')}
          value={filters.draft.county}
          onChange={(county) => filters.set('county', county)}
        >
          <option value="">{t('filters.all')}</option>
          {counties.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      <QueryStatus query={list} />
      {paged && <Pagination {...pagination} />}
      {list.data && (
        <DataTable
          busy={list.isPlaceholderData}
          testId="organisations-table"
          caption={t('organisations.count', { count: list.data.total })}
          columns={[
            t('organisations.code'),
            t('organisations.name'),
            t('organisations.type'),
            t('organisations.county'),
            t('organisations.parent'),
            t('organisations.contactEmail'),
          ]}
        >
          {list.data.organisations.map((organisation) => (
            <OrganisationRow key={organisation.id} organisation={organisation} onStatus={setStatus} />
          ))}
        </DataTable>
      )}

      <h2 id="add-organisation-heading">{t('organisations.addTitle')}</h2>
      <AddOrganisationForm counties={counties} onDone={setStatus} />

      <h2 id="attribute-import-heading">{t('attributes.title')}</h2>
      <AttributeImport />
    </div>
  );
}
