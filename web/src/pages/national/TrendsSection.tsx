import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { WithheldExplanation, WithheldMark } from '../../components/WithheldExplanation';
import { formatShare, useTrends, type Filters, type RoundQuestions, type Trends } from './nationalApi';
import { ChartTurn } from '../../components/ChartTurn';

const TrendChart = lazy(() => import('./TrendChart'));

type Year = Trends['years'][number];
type Area = Year['areas'][number];
const atTarget = (area: Area) => (area.levels ? area.levels['3'] + area.levels['4'] : null);

/**
 * Yes share and share at the target level per area across rounds, each round
 * scored by its own rule. Each year's area is shown or withheld by itself
 * (the open round's always are); a withheld point is a gap in the chart, never 0.
 */
export function TrendsSection({ filters, texts }: { filters: Filters; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const trends = useTrends(filters);
  const captionId = useId();
  const years = trends.data?.years ?? [];
  if (years.length === 0) return null;
  const areaOf = (year: Year, key: string) => year.areas.find((a) => a.key === key);
  const cell = (year: Year, key: string, measure: (a: Area) => number | null) => {
    const area = areaOf(year, key);
    if (!area) return '–';
    if (area.suppressed) return <WithheldMark namespace="national" />;
    return formatShare(measure(area), area.answered, i18n.language);
  };
  const reasons = years.flatMap((y) => texts.areas.map((area) => areaOf(y, area.key)?.suppressedReason));
  const table = (id: string, caption: string, measure: (a: Area) => number | null) => (
    <TableScroll labelledBy={id}>
      <table className="data-table data-table--compact">
        <caption id={id}>{caption}</caption>
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
              {years.map((y) => <td key={y.year}>{cell(y, area.key, measure)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('trends.heading')}</h2>
      {table(`${captionId}-yes`, t('trends.caption'), (a) => a.yes)}
      {table(`${captionId}-level`, t('trends.levelCaption'), atTarget)}
      <WithheldExplanation namespace="national" reasons={reasons} />
      <ChartTurn minHeight={340}>
        <Suspense fallback={null}>
          <TrendChart
            years={years.map((y) => y.year)}
            series={texts.areas.map((area) => ({
              key: area.key,
              name: area.title,
              values: years.map((y) => {
                const a = areaOf(y, area.key);
                return a && !a.suppressed && a.answered && a.yes !== null ? Math.round((100 * a.yes) / a.answered) : null;
              }),
            }))}
          />
        </Suspense>
      </ChartTurn>
      <p className="field__hint">{t('trends.chartCaption')}</p>
    </section>
  );
}
