import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { PageContents } from '#web/components/PageContents';
import { SectionTurn } from '#web/components/SectionTurn';
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
import { useDeferredValue, useMemo } from 'react';
import { filterQuery, useAggregates, useAreaTexts, type Aggregates, type Filters, type RoundQuestions } from './nationalApi';
import { useNationalView } from './nationalView';
import { ImprovementSection } from '#web/pages/plan/ImprovementSection';
import '../results/results.css';

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
      {report && view.choicesSettled && <NationalReport {...report} view={view} isAdmin={hasAnyRole(user, ['admin'])} />}
    </div>
  );
}

type ReportProps = {
  aggregates: Aggregates;
  texts: RoundQuestions;
  year: number;
  filters: Filters;
  view: ReturnType<typeof useNationalView>;
  isAdmin: boolean;
};

/** The figures of one view: sections in page order, those below the first screens each in a turn of their own. */
function NationalReport({ aggregates, texts, year, filters, view, isAdmin }: ReportProps) {
  const withheld = allAreasWithheld(aggregates);
  return (
    <>
      <SectionNav withFigures={!withheld} />
      <ResponseSummary aggregates={aggregates} />
      {withheld ? (
        <WithheldAreasNotice
          aggregates={aggregates}
          latest={view.latestWithFigures !== undefined && view.latestWithFigures !== year ? view.latestWithFigures : undefined}
          searchForYear={view.searchForYear}
        />
      ) : (
        <>
          <AreaTables aggregates={aggregates} texts={texts} />
          <AreaDistributions aggregates={aggregates} texts={texts} />
          <SectionTurn>
            <CrosstabTool year={year} filters={filters} texts={texts} />
          </SectionTurn>
        </>
      )}
      {/* Below the first screens: each in a task of its own after the page has painted (their requests wait too). */}
      <SectionTurn>
        <TrendsSection filters={filters} texts={texts} />
      </SectionTurn>
      <ExportLinks year={year} filters={filters} isAdmin={isAdmin} />
      <SectionTurn>
        <StatusListSection year={year} />
      </SectionTurn>
      {/* Last: rendered later than the links above it lead to, it must not move their targets. */}
      <SectionTurn>
        <ImprovementSection year={year} />
      </SectionTurn>
    </>
  );
}

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
