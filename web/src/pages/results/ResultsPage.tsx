import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auditRegisterPath, paths } from '#web/app/paths';
import { ApiError } from '#web/api/client';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { OrganisationSelect } from '#web/components/OrganisationSelect';
import { QueryError, refetchFailed } from '#web/components/QueryError';
import { usePageTitle } from '#web/components/usePageTitle';
import { readableOrganisations, useChosenOrganisation } from '#web/auth/readableOrganisations';
import { useSession } from '#web/auth/session';
import { ResultsReport } from './ResultsReport';
import { useOrganisationResults } from './resultsApi';
import './results.css';

/** The query-string parameter holding the report's round: /resultat?ar=2024. */
const YEAR_PARAM = 'ar';

/** The organisation's own results: levels, next steps, comparisons and trends; printable for the management review. */
export default function ResultsPage() {
  const { t, i18n } = useTranslation('results');
  usePageTitle(t('title'));
  const { user } = useSession();
  const names = readableOrganisations(user);
  const [organisationId, setOrganisationId] = useChosenOrganisation(names);
  // The round lives in the address (?ar=2024): reload, back/forward and a shared link show the same report.
  // Without it, or with a year the organisation was not invited to, the server's default round.
  const [params, setParams] = useSearchParams();
  const latest = useOrganisationResults(organisationId, undefined, i18n.language);
  const wanted = Number(params.get(YEAR_PARAM));
  const year = latest.data?.availableYears.includes(wanted) && wanted !== latest.data.year ? wanted : undefined;
  const chosen = useOrganisationResults(organisationId, year, i18n.language);
  const results = latest.isPending ? latest : chosen;
  const setYear = (next: number | undefined) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === undefined) updated.delete(YEAR_PARAM);
      else updated.set(YEAR_PARAM, String(next));
      return updated;
    });
  const noResults = results.error instanceof ApiError && results.error.code === 'no_results';
  // The report's first render when its figures arrive is a transition, as the survey's (issue 15): react-query hands
  // data over in a render React does not interrupt; deferred, React builds the report in slices of a few milliseconds.
  // A report replacing another (a refetch) renders as before; one appearing after a loading message (a first visit,
  // another round) is deferred again.
  const reportShown = useDeferredValue(results.data !== undefined);
  // The title, the year's select and the print button come with the report, in one commit: each of them rewraps what
  // is above the loading message, which moved under the reader when they came first (a layout shift, issue 15).
  const shownResults = reportShown ? results.data : undefined;

  if (names.size === 0) {
    return (
      <div className="page">
        <h1>{t('title')}</h1>
        <p>{t('noOrganisation')}</p>
      </div>
    );
  }
  return (
    <div className="page results-page">
      <h1 className="no-print">{shownResults ? t('titleFor', { name: shownResults.organisation.name }) : t('title')}</h1>
      <p className="lead no-print">{t('intro')}</p>
      {organisationId !== undefined && (
        <p className="no-print">
          <Link to={auditRegisterPath(organisationId)}>{t('auditRegisterLink')}</Link>
        </p>
      )}
      <div className="results-controls no-print">
        <OrganisationSelect
          label={t('organisation')}
          names={names}
          value={organisationId}
          onChange={(id) => {
            setOrganisationId(id);
            setYear(undefined);
          }}
        />
        {shownResults && (
          <label className="field">
            <span className="field__label">{t('year')}</span>
            <select className="field__input" value={shownResults.year} onChange={(e) => setYear(Number(e.target.value))}>
              {shownResults.availableYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        {shownResults && (
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        )}
        <Link to={paths.plan}>{t('openPlan')}</Link>
      </div>
      {/* Until the deferred report has rendered, not only until its figures came: else the page stands empty between. */}
      {(results.isPending || (results.data && !shownResults)) && <LoadingMessage />}
      {noResults && <p>{t('noResults')}</p>}
      {results.error && !noResults && (
        <QueryError error={results.error} retrying={latest.isFetching || chosen.isFetching} onRetry={() => refetchFailed(latest, chosen)} />
      )}
      {shownResults && <ResultsReport results={shownResults} />}
    </div>
  );
}
