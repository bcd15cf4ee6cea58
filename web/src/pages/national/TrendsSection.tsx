import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTable } from '#web/components/AreaTable';
import { QueryStatus } from '#web/components/QueryStatus';
import { WithheldExplanation, WithheldMark } from '#web/components/WithheldExplanation';
import { formatShare } from '#web/components/formatters';
import { useTrends, type Filters, type RoundQuestions, type Trends } from './nationalApi';
import { TrendChart } from './TrendChart';

type Year = Trends['years'][number];
type Area = Year['areas'][number];
type BankArea = RoundQuestions['areas'][number];
const atTarget = (area: Area) => (area.levels ? area.levels['3'] + area.levels['4'] : null);

/** A share in per cent for the chart; null (a gap) where the figure is withheld or has nothing to divide by. */
const percent = (area: Area | undefined, measure: (a: Area) => number | null) => {
  if (!area || area.suppressed || !area.answered) return null;
  const part = measure(area);
  return part === null ? null : Math.round((100 * part) / area.answered);
};

/**
 * Yes share and share at the target level per area across rounds, each round
 * scored by its own rule. Each year's area is shown or withheld by itself
 * (the open round's always are); a withheld point is a gap in the chart, never 0.
 * Tables and small multiples list the areas in question-bank order. The
 * section's tables and chart, under its heading (NationalPage), rendered when
 * asked for; its request starts then.
 */
export function TrendsSection({ filters, texts }: { filters: Filters; texts: RoundQuestions }) {
  const { t, i18n } = useTranslation('national');
  const trends = useTrends(filters);
  // The tables render as a transition when the figures arrive (time-sliced; a query's answer alone would render at once).
  const data = useDeferredValue(trends.data);
  const years = data?.years ?? [];
  if (!data) return <QueryStatus query={trends} rendered={false} />;
  if (years.length === 0) return null;
  const areaOf = (year: Year, key: string) => year.areas.find((a) => a.key === key);
  const cell = (year: Year, key: string, measure: (a: Area) => number | null) => {
    const area = areaOf(year, key);
    if (!area) return '–';
    if (area.suppressed) return <WithheldMark namespace="national" />;
    return formatShare(measure(area), area.answered, i18n.language);
  };
  const reasons = years.flatMap((y) => texts.areas.map((area) => areaOf(y, area.key)?.suppressedReason));
  const table = (caption: string, measure: (a: Area) => number | null) => (
    <AreaTable
      caption={caption}
      rowHeader={t('areas.area')}
      rows={texts.areas}
      rowKey={(area: BankArea) => area.key}
      rowTitle={(area: BankArea) => area.title}
      columns={years.map((y) => ({ key: String(y.year), header: String(y.year), cell: (area: BankArea) => cell(y, area.key, measure) }))}
    />
  );
  return (
    <>
      {table(t('trends.caption'), (a) => a.yes)}
      {table(t('trends.levelCaption'), atTarget)}
      <WithheldExplanation namespace="national" reasons={reasons} />
      {/* With the tables: this part renders only near the screen already (LazySection), and a chart a task later grew
          under the reader. */}
      <TrendChart
        years={years.map((y) => y.year)}
        labels={{ yes: t('trends.yesLegend'), target: t('trends.targetLegend') }}
        series={texts.areas.map((area) => ({
          key: area.key,
          name: area.title,
          yes: years.map((y) => percent(areaOf(y, area.key), (a) => a.yes)),
          target: years.map((y) => percent(areaOf(y, area.key), atTarget)),
        }))}
      />
      <p className="field__hint">{t('trends.chartCaption')}</p>
    </>
  );
}
