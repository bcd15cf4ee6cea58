import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import type { OrganisationResults } from './resultsApi';

const HistoryChart = lazy(() => import('./HistoryChart'));

/** Levels per area year over year, with question-bank changes marked. */
export function HistorySection({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const captionId = useId();
  const { history } = results;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {history.length < 2 && <p>{t('history.none')}</p>}
      {history
        .filter((entry) => entry.bankChanged)
        .map((entry) => (
          <p key={entry.year} className="notice--warning">{t('history.bankChanged', { year: entry.year, version: entry.bankVersion })}</p>
        ))}
      {history.length > 0 && (
        <TableScroll labelledBy={captionId}>
          <table className="data-table data-table--compact">
            <caption id={captionId} className="visually-hidden">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('levels.area')}</th>
                {history.map((entry) => (
                  <th key={entry.year} scope="col">
                    {entry.year}
                    {entry.status === 'draft' && ` (${t('history.draft')})`}
                    {entry.bankChanged && ` (${t('history.bankChangedMark')})`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {results.areas.map((area) => (
                <tr key={area.key}>
                  <th scope="row">{area.title}</th>
                  {history.map((entry) => (
                    <td key={entry.year}>{entry.levels[area.key] ?? '–'}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('history.median')}</th>
                {history.map((entry) => (
                  <td key={entry.year}>{entry.summary.medianLevel ?? '–'}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
      {history.length > 1 && (
        <>
          <Suspense fallback={null}>
            <HistoryChart
              years={history.map((e) => e.year)}
              bankChangedYears={history.filter((e) => e.bankChanged).map((e) => e.year)}
              targetLevel={results.summary.targetLevel}
              labels={{ target: t('history.targetLegend', { target: results.summary.targetLevel }), bankChanged: t('history.bankChangedLegend') }}
              series={results.areas.map((area) => ({ key: area.key, name: area.title, levels: history.map((e) => e.levels[area.key] ?? null) }))}
            />
          </Suspense>
          <p className="field__hint no-print">{t('history.chartCaption')}</p>
        </>
      )}
    </section>
  );
}
