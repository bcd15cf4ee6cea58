import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errorMessages';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { hasAnyRole, useSession } from '../../auth/session';
import { AreaDistributions } from './AreaDistributions';
import { WithheldExplanation } from '../../components/WithheldExplanation';
import { AreaTables, ResponseSummary } from './AreaTables';
import { CrosstabTool } from './CrosstabTool';
import { ExportLinks } from './ExportLinks';
import { FilterForm } from './FilterForm';
import { StatusListSection } from './StatusListSection';
import { TrendsSection } from './TrendsSection';
import { useAggregates, useAreaTexts, useRounds, type Aggregates, type Filters } from './nationalApi';
import '../results/results.css';

/** The analysts' national picture of a round: response rate, answers, levels, trends, cross-tabs and follow-up list. */
export default function NationalPage() {
  const { t, i18n } = useTranslation('national');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('title'));
  const { user } = useSession();
  const rounds = useRounds();
  const years = rounds.data?.rounds.filter((r) => r.state !== 'draft').map((r) => r.year) ?? [];
  const [chosenYear, setYear] = useState<number | undefined>();
  const year = chosenYear ?? years[0];
  // The published basis (submitted and partial responses) first: what the national report counts, and what
  // disclosure control keeps when a view and its submitted-only twin differ by a few partial responses.
  const [filters, setFilters] = useState<Filters>({ include: 'drafts' });
  const aggregates = useAggregates(year, filters);
  const texts = useAreaTexts(year, i18n.language);

  return (
    <div className="page national-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {rounds.isPending && <LoadingMessage />}
      {rounds.data && years.length === 0 && <p>{t('noRounds')}</p>}
      {year !== undefined && (
        <FilterForm years={years} year={year} onYear={setYear} filters={filters} onApply={setFilters} />
      )}
      {(aggregates.error || texts.error) && <p role="alert">{describeApiError(aggregates.error ?? texts.error, tCommon)}</p>}
      {aggregates.data && texts.data && year !== undefined && (
        <>
          <ResponseSummary aggregates={aggregates.data} />
          {allAreasWithheld(aggregates.data) ? (
            <WithheldAreasNotice aggregates={aggregates.data} />
          ) : (
            <>
              <AreaTables aggregates={aggregates.data} texts={texts.data} />
              <AreaDistributions aggregates={aggregates.data} texts={texts.data} />
              <CrosstabTool year={year} filters={filters} texts={texts.data} />
            </>
          )}
          <TrendsSection filters={filters} texts={texts.data} />
          <ExportLinks year={year} filters={filters} isAdmin={hasAnyRole(user, ['admin'])} />
          <StatusListSection year={year} />
        </>
      )}
    </div>
  );
}

const allAreasWithheld = (aggregates: Aggregates) => aggregates.areas.length > 0 && aggregates.areas.every((area) => area.suppressed);

/**
 * Instead of tables of dashes: one notice when no area can be shown. In an
 * open round that is always so (only the response status is shown until it closes).
 */
function WithheldAreasNotice({ aggregates }: { aggregates: Aggregates }) {
  const { t } = useTranslation('national');
  const reasons = aggregates.areas.map((area) => area.suppressedReason);
  const openRound = reasons.every((reason) => reason === 'open_round');
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('areas.heading')}</h2>
      <div className="notice--warning national-withheld">
        <p>{openRound ? t('openRound', { year: aggregates.year }) : t('areas.allWithheld')}</p>
        <WithheldExplanation namespace="national" reasons={reasons} />
      </div>
    </section>
  );
}
