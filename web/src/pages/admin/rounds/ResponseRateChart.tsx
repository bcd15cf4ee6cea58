import { useTranslation } from 'react-i18next';
import { MiniLineChart } from '#web/components/MiniLineChart';
import { formatDay } from '#web/pages/admin/format';
import type { TimelinePoint } from './roundAdminApi';

// Lines at least 4.5:1 against white (WCAG 1.4.3 / 1.4.11), told apart by dash as well as colour.
const DRAFT = '#1a5293';
const SUBMITTED = '#a4231b';
/** About this many dates under the chart, however long the window. */
const DATE_LABELS = 5;

/** Which of `count` points get a date under the axis: every step-th, the last always, none crowding it. */
export function labelledPoints(count: number, labels = DATE_LABELS): Set<number> {
  const step = Math.max(1, Math.ceil(count / labels));
  const shown = new Set<number>();
  for (let index = 0; index < count; index += step) if (count - 1 - index >= step / 2 || index === 0) shown.add(index);
  if (count > 0) shown.add(count - 1);
  return shown;
}

/**
 * Drafts and submitted responses at the end of each day of the window, the
 * last point equal to the totals above it: plain SVG (MiniLineChart). The
 * figure is named and summarised in text; the table below carries the same
 * numbers.
 */
export default function ResponseRateChart({ timeline, invited }: { timeline: TimelinePoint[]; invited: number }) {
  const { t, i18n } = useTranslation('rounds');
  const last = timeline.at(-1);
  const top = Math.max(invited, 1);
  const ticks = [...new Set([0, Math.round(top / 2), top])];
  const shown = labelledPoints(timeline.length);
  return (
    <figure className="chart-box" aria-label={t('monitor.chartLabel')}>
      <p className="chart-legend">
        <span className="chart-legend__swatch chart-legend__swatch--draft" /> {t('monitor.timelineColumns.draft')}{' '}
        <span className="chart-legend__swatch chart-legend__swatch--submitted" /> {t('monitor.timelineColumns.submitted')}
      </p>
      <div aria-hidden="true">
        <MiniLineChart
          years={timeline.map((_, index) => index)}
          xLabel={(index) => (shown.has(index) ? formatDay(timeline[index]!.date, i18n.language, { short: true }) : null)}
          domain={[0, top]}
          ticks={ticks}
          height={220}
          lines={[
            { values: timeline.map((point) => point.draft), color: DRAFT, dots: timeline.length <= 14 },
            { values: timeline.map((point) => point.submitted), color: SUBMITTED, dashed: true, dots: timeline.length <= 14 },
          ]}
        />
      </div>
      <figcaption className="visually-hidden">
        {t('monitor.chartSummary', { submitted: last?.submitted ?? 0, draft: last?.draft ?? 0, invited })}
      </figcaption>
    </figure>
  );
}
