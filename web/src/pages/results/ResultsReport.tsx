import { useTranslation } from 'react-i18next';
import { PageContents } from '#web/components/PageContents';
import { formatDateTime } from '#web/pages/survey/format';
import { AreaGuidance } from './AreaGuidance';
import { ComparisonSection } from './ComparisonSection';
import { HistorySection } from './HistorySection';
import { PlanSection } from '#web/pages/plan/PlanSection';
import { useActions } from '#web/pages/plan/planApi';
import { LevelsChart, levelsChartHeight } from './LevelsChart';
import { LevelTable } from './LevelTable';
import type { OrganisationResults } from './resultsApi';
import { ChartTurn } from '#web/components/ChartTurn';
import { SectionTurn } from '#web/components/SectionTurn';

export function ResultsReport({ results }: { results: OrganisationResults }) {
  const { t, i18n } = useTranslation('results');
  const { summary } = results;
  // Fetched with the report, so the plan is there when it is printed right away.
  useActions(results.organisation.id);
  const statusText =
    results.status === 'submitted' && results.submittedAt
      ? t('status.submitted', { date: formatDateTime(results.submittedAt, i18n.language) })
      : t(`status.${results.status === 'submitted' ? 'draft' : results.status}`);
  return (
    <>
      <header className="print-only results-report-header">
        <h1>{t('reportTitle')}</h1>
        <p>
          {results.organisation.name}. {t('reportMeta', { year: results.year, date: formatDateTime(new Date().toISOString(), i18n.language) })}
        </p>
      </header>
      <p className="results-status">
        <strong>
          {t('year')} {results.year}:
        </strong>{' '}
        {statusText}
      </p>
      {results.isDraft && <p className="notice--warning">{t('draftNotice')}</p>}
      {results.status === 'not_started' && <p className="notice--warning">{t('notStartedNotice')}</p>}
      <PageContents
        className="no-print"
        heading={t('contents')}
        sections={[
          { id: 'summary-heading', label: t('summary.heading') },
          { id: 'levels-heading', label: t('levels.heading') },
          { id: 'meaning-heading', label: t('meaning.heading') },
          { id: 'comparison-heading', label: t('comparison.heading') },
          { id: 'history-heading', label: t('history.heading') },
          { id: 'plan-heading', label: t('planHeading') },
        ]}
      />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('summary.heading')}</h2>
        <dl className="results-summary">
          <div>
            <dt>{t('summary.median')}</dt>
            <dd>{summary.medianLevel === null ? t('summary.unscored') : t('levels.levelValue', { level: summary.medianLevel })}</dd>
          </div>
          <div>
            <dt>{t('summary.atTarget', { target: summary.targetLevel })}</dt>
            <dd>{t('summary.atTargetValue', { count: summary.atOrAboveTarget, total: summary.areas })}</dd>
          </div>
        </dl>
        <p className="field__hint no-print">{t('summary.medianHint')}</p>
      </section>

      {/* Below the first screen on a phone (412 × 823) from here on: each section in a task of its own after the page has
          painted (SectionTurn, decision 0018); all at once for printing and for an address naming a section. */}
      <SectionTurn>
        <section aria-labelledby="levels-heading">
          <h2 id="levels-heading">{t('levels.heading')}</h2>
          <LevelTable results={results} />
          <ChartTurn minHeight={levelsChartHeight(results.areas.length)}>
            <LevelsChart
              data={results.areas.map((a) => ({
                area: a.title,
                level: a.level,
                text: a.level === null ? t('summary.unscored') : t('levels.levelValue', { level: a.level }),
              }))}
              targetLevel={summary.targetLevel}
              targetLabel={t('levels.target', { target: summary.targetLevel })}
              labelledBy="levels-chart-caption"
            />
          </ChartTurn>
          <p id="levels-chart-caption" className="field__hint no-print">
            {t('levels.chartCaption', { target: summary.targetLevel })}
          </p>
        </section>
      </SectionTurn>
      <SectionTurn>
        <AreaGuidance results={results} />
      </SectionTurn>
      <SectionTurn>
        <ComparisonSection results={results} />
      </SectionTurn>
      <SectionTurn>
        <HistorySection results={results} />
      </SectionTurn>
      <SectionTurn>
        <PlanSection results={results} />
      </SectionTurn>
    </>
  );
}
