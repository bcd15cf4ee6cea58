import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errorMessages';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { AdminNav } from './AdminNav';
import { adminKeys, fetchUsers, ROLES } from './adminApi';
import { InviteUserForm } from './InviteUserForm';
import { SelectField } from '../../forms/SelectField';
import { Field } from '../../forms/Field';
import { useAllOrganisations } from './useOrganisations';
import { UserRow } from './UserRow';

type Filters = { search: string; role: string; organisationId: string };
const NO_FILTERS: Filters = { search: '', role: '', organisationId: '' };

export default function UsersPage() {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('hub.users.title'));
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [status, setStatus] = useState('');
  const organisations = useAllOrganisations();
  const users = useQuery({ queryKey: adminKeys.users(filters), queryFn: ({ signal }) => fetchUsers(filters, signal) });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

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
      <form role="search" aria-labelledby="user-search-heading" className="filters" onSubmit={search}>
        <Field id="user-search" label={t('users.search')}>
          <input id="user-search" className="field__input" type="search" value={draft.search} onChange={(e) => setDraft({ ...draft, search: e.target.value })} />
        </Field>
        <SelectField id="user-role" label={t('roles.role')} value={draft.role} onChange={(role) => setDraft({ ...draft, role })}>
          <option value="">{t('filters.all')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tCommon(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="user-organisation" label={t('roles.organisation')} value={draft.organisationId} onChange={(organisationId) => setDraft({ ...draft, organisationId })}>
          <option value="">{t('filters.all')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </form>

      {users.isPending && <LoadingMessage />}
      {users.isError && <p className="field__error">{describeApiError(users.error, tCommon)}</p>}
      {users.data && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('users.count', { count: users.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.person')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.lastLogin')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((user) => (
                <UserRow key={user.id} user={user} onStatus={setStatus} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
