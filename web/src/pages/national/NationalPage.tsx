import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { PageContents } from '#web/components/PageContents';
import { LazySection } from '#web/components/LazySection';
import { useHashTarget } from '#web/components/useHashTarget';
import { QueryError, refetchFailed } from '#web/components/QueryError';
import { usePageTitle } from '#web/components/usePageTitle';
import { hasAnyRole, useSession } from '#web/auth/session';
import { AreaDistributions } from './AreaDistributions';
import { WithheldExplanation } from '#web/components/WithheldExplanation';
import { AreaTables, ResponseSummary } from './AreaTables';
import { CrosstabTool } from './CrosstabTool';
import { ExportLinks } from './ExportLinks';
import { FilterForm } from './FilterForm';
import { StatusListSection } from './StatusListSection';
import { TrendsSection } from './TrendsSection';
import { memo, useDeferredValue, useMemo } from 'react';
import { filterQuery, useAggregates, useAreaTexts, type Aggregates, type Filters, type RoundQuestions } from './nationalApi';
import { useNationalView } from './nationalView';
import { ImprovementSection } from '#web/pages/plan/ImprovementSection';
import '../results/results.css';
import './national.css';

/** The analysts' national picture of a round: response rate, answers, levels, trends, cross-tabs and follow-up list. */
export default function NationalPage() {
  const { t, i18n } = useTranslation('national');
  usePageTitle(t('title'));
  const { user } = useSession();
  // Round and filters come from the address (reload, back/forward, shared links); by default the newest round
  // with figures, on the published basis (submitted and partial responses): what the national report counts.
  const view = useNationalView();
  const { rounds, offered, year, filters } = view;
  const aggregates = useAggregates(view.ready ? year : undefined, filters);
  const texts = useAreaTexts(year, i18n.language);
  // The report below the filters renders as a transition: React builds its hundreds of elements in slices of a
  // few milliseconds, so a phone answers input meanwhile (issue 15); the figures shown stay those of one view.
  const filterKey = filterQuery(filters);
  const current = useMemo(
    () => (aggregates.data && texts.data && year !== undefined ? { aggregates: aggregates.data, texts: texts.data, year, filters } : undefined),
    // filters is parsed anew on every render; filterKey says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [aggregates.data, texts.data, year, filterKey],
  );
  const report = useDeferredValue(current);
  const shown = report !== undefined && view.choicesSettled;
  // A link to one of the report's sections (/nationellt#trends-heading) lands on it once the report is there.
  useHashTarget(shown);

  return (
    <div className="page national-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {rounds.isPending && <LoadingMessage />}
      {rounds.data && offered.length === 0 && <p>{t('noRounds')}</p>}
      {/* The form shows with its choices: its selects widen to their longest option, and rewrapping the form under the
          reader when the choices came was a layout shift (issue 15); the report under it waits for the form likewise. */}
      {year !== undefined && view.choicesSettled && (
        <FilterForm rounds={offered} year={year} onYear={view.setYear} filters={filters} onApply={view.setFilters} />
      )}
      {rounds.error && <QueryError error={rounds.error} retrying={rounds.isFetching} onRetry={() => void rounds.refetch()} />}
      {(aggregates.error || texts.error) && (
        <QueryError
          error={aggregates.error ?? texts.error}
          retrying={aggregates.isFetching || texts.isFetching}
          onRetry={() => refetchFailed(aggregates, texts)}
        />
      )}
      {shown && (
        <NationalReport
          {...report}
          latest={view.latestWithFigures !== undefined && view.latestWithFigures !== report.year ? view.latestWithFigures : undefined}
          searchForYear={view.searchForYear}
          isAdmin={hasAnyRole(user, ['admin'])}
        />
      )}
    </div>
  );
}

type ReportProps = {
  aggregates: Aggregates;
  texts: RoundQuestions;
  year: number;
  filters: Filters;
  /** The newest round with figures, when it is another round than this one. */
  latest: number | undefined;
  searchForYear: (year: number) => string;
  isAdmin: boolean;
};

/**
 * The figures of one view, in page order (docs/decisions/0033). Rendered with the data: the page's map, the
 * response summary, the areas' table and every section's heading and introduction. Each area's distributions,
 * the cross-tabulation, the trends, the status list and the improvement figures render only when the reader comes
 * near them, presses their button, tabs into them or follows a link to them (LazySection); their requests start
 * then. A memo: the page's other queries settling do not render the report again.
 */
const NationalReport = memo(function NationalReport({ aggregates, texts, year, filters, latest, searchForYear, isAdmin }: ReportProps) {
  const { t } = useTranslation('national');
  const withheld = allAreasWithheld(aggregates);
  return (
    <>
      <SectionNav withFigures={!withheld} />
      <ResponseSummary aggregates={aggregates} />
      {withheld ? (
        <WithheldAreasNotice aggregates={aggregates} latest={latest} searchForYear={searchForYear} />
      ) : (
        <>
          <AreaTables aggregates={aggregates} texts={texts} />
          <AreaDistributions aggregates={aggregates} texts={texts} />
          <section aria-labelledby="crosstab-heading">
            <h2 id="crosstab-heading">{t('crosstab.heading')}</h2>
            <p>{t('crosstab.intro')}</p>
            <LazySection label={t('crosstab.show')} className="national-crosstab__pending">
              <CrosstabTool year={year} filters={filters} texts={texts} />
            </LazySection>
          </section>
        </>
      )}
      <section aria-labelledby="trends-heading">
        <h2 id="trends-heading">{t('trends.heading')}</h2>
        <LazySection label={t('trends.show')} className="national-trends__pending">
          <TrendsSection filters={filters} texts={texts} />
        </LazySection>
      </section>
      <ExportLinks year={year} filters={filters} isAdmin={isAdmin} />
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('status.heading')}</h2>
        <p>{t('status.intro')}</p>
        <LazySection label={t('status.show')} className="national-status__pending">
          <StatusListSection year={year} />
        </LazySection>
      </section>
      {/* Last: its heading is its own (the plan pages' section), so it renders with it. */}
      <LazySection label={t('improvementShow')} className="national-improvement__pending">
        <ImprovementSection year={year} />
      </LazySection>
    </>
  );
});

/**
 * The page's map: links to its sections, so a reader reaches the trends or
 * the status list without scrolling past every area's distributions. The
 * sections are those shown (no distributions while every area is withheld).
 */
function SectionNav({ withFigures }: { withFigures: boolean }) {
  const { t } = useTranslation('national');
  const sections = [
    { id: 'responses-heading', label: t('responses.heading') },
    { id: 'areas-heading', label: t('areas.heading') },
    ...(withFigures
      ? [
          { id: 'distributions-heading', label: t('distribution.heading') },
          { id: 'crosstab-heading', label: t('crosstab.heading') },
        ]
      : []),
    { id: 'trends-heading', label: t('trends.heading') },
    { id: 'exports-heading', label: t('exports.heading') },
    { id: 'status-heading', label: t('status.heading') },
  ];
  return <PageContents heading={t('contents.heading')} sections={sections} />;
}

const allAreasWithheld = (aggregates: Aggregates) => aggregates.areas.length > 0 && aggregates.areas.every((area) => area.suppressed);

/**
 * Instead of tables of dashes: one notice when no area can be shown. In an
 * open round that is always so (only the response status is shown until it closes).
 */
type NoticeProps = {
  aggregates: Aggregates;
  /** The newest round with figures, when it is another round: the way back from an open round. */
  latest: number | undefined;
  searchForYear: (year: number) => string;
};

function WithheldAreasNotice({ aggregates, latest, searchForYear }: NoticeProps) {
  const { t } = useTranslation('national');
  const reasons = aggregates.areas.map((area) => area.suppressedReason);
  const openRound = reasons.every((reason) => reason === 'open_round');
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('areas.heading')}</h2>
      <div className="notice--warning national-withheld">
        <p>{openRound ? t('openRound', { year: aggregates.year }) : t('areas.allWithheld')}</p>
        <WithheldExplanation namespace="national" reasons={reasons} />
        {openRound && latest !== undefined && (
          <p>
            <Link to={{ search: searchForYear(latest) }}>{t('showLatest', { year: latest })}</Link>
          </p>
        )}
      </div>
    </section>
  );
}
