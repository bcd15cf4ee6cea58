import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminRoundPath, paths } from '#web/app/paths';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { AdminNav } from '#web/pages/admin/AdminNav';
import { DataTable } from '#web/pages/admin/DataTable';
import { formatTimestamp } from '#web/pages/admin/format';
import { CreateRoundForm } from './CreateRoundForm';
import { roundQueries } from './roundAdminApi';
import './rounds.css';

/** Every survey round, newest first, and the form to create the next one. */
export default function RoundsPage() {
  const { t, i18n } = useTranslation('rounds');
  usePageTitle(t('list.title'));
  const rounds = useQuery(roundQueries.rounds());

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      <p>
        <Link to={paths.adminBankVersions}>{t('list.bankVersionsLink')}</Link>
        {' · '}
        <Link to={paths.adminOrganisations}>{t('list.organisationsLink')}</Link>
      </p>
      <QueryStatus query={rounds} />
      {rounds.data && rounds.data.rounds.length === 0 && <p>{t('list.empty')}</p>}
      {rounds.data && rounds.data.rounds.length > 0 && (
        <DataTable
          caption={t('list.caption')}
          columns={[t('fields.year'), t('fields.state'), t('fields.opensAt'), t('fields.closesAt'), t('fields.bankVersion')]}
        >
          {rounds.data.rounds.map((round) => (
            <tr key={round.year}>
              <th scope="row">
                <Link to={adminRoundPath(round.year)}>{t('list.roundLink', { year: round.year })}</Link>
              </th>
              <td>{t(`states.${round.state}`)}</td>
              <td>{formatTimestamp(round.opensAt, i18n.language)}</td>
              <td>{formatTimestamp(round.closesAt, i18n.language)}</td>
              <td>{round.bankVersion}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <CreateRoundForm />
    </div>
  );
}
