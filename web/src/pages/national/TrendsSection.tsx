import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare, useTrends, type Filters, type RoundQuestions, type Trends } from './nationalApi';

const TrendChart = lazy(() => import('./TrendChart'));

type Year = Trends['years'][number];
const atTarget = (area: Year['areas'][number]) => (area.levels ? area.levels['3'] + area.levels['4'] : null);

/** Yes share and share at the target level per area across rounds, each round scored by its own rule. */
export function TrendsSection({ filters, texts }: { filters: Filters; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const trends = useTrends(filters);
  const years = trends.data?.years ?? [];
  if (years.length === 0) return null;
  const share = (year: Year, key: string, measure: (a: Year['areas'][number]) => number | null) => {
    const area = year.areas.find((a) => a.key === key);
    if (!area || year.suppressed) return t('trends.suppressed');
    return formatShare(measure(area), area.answered, i18n.language);
  };
  const table = (caption: string, measure: (a: Year['areas'][number]) => number | null) => (
    <div className="table-scroll">
      <table className="data-table data-table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('areas.area')}</th>
            {years.map((y) => <th key={y.year} scope="col">{y.year}</th>)}
          </tr>
        </thead>
        <tbody>
          {texts.areas.map((area) => (
            <tr key={area.key}>
              <th scope="row">{area.title}</th>
              {years.map((y) => <td key={y.year}>{share(y, area.key, measure)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('trends.heading')}</h2>
      {table(t('trends.caption'), (a) => a.yes)}
      {table(t('trends.levelCaption'), atTarget)}
      <Suspense fallback={null}>
        <TrendChart
          years={years.map((y) => y.year)}
          series={texts.areas.map((area) => ({
            key: area.key,
            name: area.title,
            values: years.map((y) => {
              const a = y.areas.find((x) => x.key === area.key);
              return a && a.answered && a.yes !== null ? Math.round((100 * a.yes) / a.answered) : null;
            }),
          }))}
        />
      </Suspense>
      <p className="field__hint">{t('trends.chartCaption')}</p>
    </section>
  );
}
