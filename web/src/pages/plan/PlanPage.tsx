import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '#web/api/client';
import { paths } from '#web/app/paths';
import { readableOrganisations, useChosenOrganisation } from '#web/auth/readableOrganisations';
import { useSession } from '#web/auth/session';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { OrganisationSelect } from '#web/components/OrganisationSelect';
import { QueryError, refetchFailed } from '#web/components/QueryError';
import { usePageTitle } from '#web/components/usePageTitle';
import { useOrganisationResults } from '#web/pages/results/resultsApi';
import { PlanSection } from './PlanSection';
import '#web/pages/results/results.css';

/**
 * One organisation's action plan: every area's actions with follow-ups, editable by its respondents; read-only to its
 * viewers, its auditors and its group (a link names the organisation: /handlingsplan?organisation=12).
 */
export default function PlanPage() {
  const { t, i18n } = useTranslation('plan');
  usePageTitle(t('title'));
  const { user } = useSession();
  const names = readableOrganisations(user);
  const [organisationId, setOrganisationId] = useChosenOrganisation(names);
  const results = useOrganisationResults(organisationId, undefined, i18n.language);
  const noResults = results.error instanceof ApiError && results.error.code === 'no_results';

  return (
    <div className="page results-page">
      <h1>{results.data ? t('titleFor', { name: results.data.organisation.name }) : t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {names.size > 1 && (
        <div className="results-controls">
          <OrganisationSelect label={t('organisation')} names={names} value={organisationId} onChange={setOrganisationId} />
        </div>
      )}
      <p>
        <Link to={paths.results}>{t('toResults')}</Link>
      </p>
      {results.isPending && organisationId !== undefined && <LoadingMessage />}
      {noResults && <p>{t('noResults')}</p>}
      {results.error && !noResults && <QueryError error={results.error} retrying={results.isFetching} onRetry={() => refetchFailed(results)} />}
      {results.data && <PlanSection results={results.data} />}
    </div>
  );
}
