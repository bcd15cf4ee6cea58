import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTable } from '#web/components/AreaTable';
import { HistoryChart } from './HistoryChart';
import type { OrganisationResults } from './resultsApi';

type Row = { key: string; title: string; levels: (number | null)[] };

/** Levels per area year over year, with question-bank changes marked. */
export const HistorySection = memo(function HistorySection({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const { history } = results;
  const rows: Row[] = [
    ...results.areas.map((area) => ({ key: area.key, title: area.title, levels: history.map((entry) => entry.levels[area.key] ?? null) })),
    { key: 'median', title: t('history.median'), levels: history.map((entry) => entry.summary.medianLevel) },
  ];
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {history.length < 2 && <p>{t('history.none')}</p>}
      {history
        .filter((entry) => entry.bankChanged)
        .map((entry) => (
          <p key={entry.year} className="notice--warning">
            {t('history.bankChanged', { year: entry.year, version: entry.bankVersion })}
          </p>
        ))}
      {history.length > 0 && (
        <AreaTable
          caption={t('history.caption')}
          captionHidden
          rowHeader={t('levels.area')}
          rows={rows}
          rowKey={(row) => row.key}
          rowTitle={(row) => row.title}
          columns={history.map((entry, index) => ({
            key: String(entry.year),
            header: [
              String(entry.year),
              entry.status === 'draft' ? ` (${t('history.draft')})` : '',
              entry.bankChanged ? ` (${t('history.bankChangedMark')})` : '',
            ].join(''),
            cell: (row: Row) => row.levels[index] ?? '–',
          }))}
        />
      )}
      {history.length > 1 && (
        <>
          <HistoryChart
            years={history.map((e) => e.year)}
            bankChangedYears={history.filter((e) => e.bankChanged).map((e) => e.year)}
            targetLevel={results.summary.targetLevel}
            labels={{ target: t('history.targetLegend', { target: results.summary.targetLevel }), bankChanged: t('history.bankChangedLegend') }}
            series={results.areas.map((area) => ({ key: area.key, name: area.title, levels: history.map((e) => e.levels[area.key] ?? null) }))}
            labelledBy="history-chart-caption"
          />
          <p id="history-chart-caption" className="field__hint no-print">
            {t('history.chartCaption')}
          </p>
        </>
      )}
    </section>
  );
});
