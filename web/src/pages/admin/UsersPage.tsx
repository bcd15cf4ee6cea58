import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '#shared/api/roles';
import { Pagination } from '#web/components/Pagination';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { Field } from '#web/forms/Field';
import { SelectField } from '#web/forms/SelectField';
import { AdminNav } from './AdminNav';
import { adminQueries } from './adminApi';
import { DataTable } from './DataTable';
import { FilterForm, useFilters } from './FilterForm';
import { OrganisationFilter } from './OrganisationFilter';
import { InviteUserForm } from './InviteUserForm';
import { usePagedList } from './usePagedList';
import { UserRow } from './UserRow';

export default function UsersPage() {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('hub.users.title'));
  const filters = useFilters({ search: '', role: '', organisationId: '' });
  const [status, setStatus] = useState('');
  const {
    query: users,
    pagination,
    paged,
  } = usePagedList(
    (page) => adminQueries.users({ ...filters.applied, ...page }),
    (data) => data.total,
  );

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.users.title')}</h1>
      <p role="status" className="status-message">
        {status}
      </p>

      <h2 id="invite-heading">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <InviteUserForm onDone={setStatus} />

      <h2 id="user-search-heading">{t('users.searchTitle')}</h2>
      <FilterForm aria-labelledby="user-search-heading" onApply={filters.apply}>
        <Field id="user-search" label={t('users.search')}>
          <input
            id="user-search"
            className="field__input"
            type="search"
            value={filters.draft.search}
            onChange={(e) => filters.set('search', e.target.value)}
          />
        </Field>
        <SelectField id="user-role" label={t('roles.role')} value={filters.draft.role} onChange={(role) => filters.set('role', role)}>
          <option value="">{t('filters.all')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tCommon(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <OrganisationFilter id="user-organisation" value={filters.draft.organisationId} onChange={(id) => filters.set('organisationId', id)} />
      </FilterForm>

      <QueryStatus query={users} />
      {paged && <Pagination {...pagination} />}
      {users.data && (
        <DataTable
          busy={users.isPlaceholderData}
          caption={t('users.count', { count: users.data.total })}
          columns={[t('users.person'), t('users.roles'), t('users.lastLogin'), t('users.status'), t('users.actions')]}
        >
          {users.data.users.map((user) => (
            <UserRow key={user.id} user={user} onStatus={setStatus} />
          ))}
        </DataTable>
      )}
    </div>
  );
}
