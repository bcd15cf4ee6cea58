import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatDay } from '#web/pages/admin/format';
import type { TimelinePoint } from './roundAdminApi';

// Text and lines at least 4.5:1 against white (WCAG 1.4.3 / 1.4.11).
const TEXT = '#1b1f24';
const GRID = '#d5dae1';
const DRAFT = '#1a5293';
const SUBMITTED = '#a4231b';

/**
 * Drafts and submitted responses at the end of each day of the window, the
 * last point equal to the totals above it. Decorative for screen readers (the
 * table below carries the same numbers), so the figure gets a text summary
 * instead of reading the SVG.
 */
export default function ResponseRateChart({ timeline, invited }: { timeline: TimelinePoint[]; invited: number }) {
  const { t, i18n } = useTranslation('rounds');
  const last = timeline.at(-1);
  const day = (date: string) => formatDay(date, i18n.language, { short: true });
  return (
    <figure className="chart-box" aria-label={t('monitor.chartLabel')}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={timeline} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="date" tickFormatter={day} minTickGap={16} tick={{ fill: TEXT, fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} domain={[0, Math.max(invited, 1)]} tick={{ fill: TEXT, fontSize: 12 }} />
          <Tooltip labelFormatter={(label) => formatDay(String(label), i18n.language)} contentStyle={{ color: TEXT }} />
          <Legend wrapperStyle={{ color: TEXT }} />
          <Line type="monotone" dataKey="draft" name={t('monitor.timelineColumns.draft')} stroke={DRAFT} strokeWidth={2} dot={false} />
          <Line
            type="monotone"
            dataKey="submitted"
            name={t('monitor.timelineColumns.submitted')}
            stroke={SUBMITTED}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">
        {t('monitor.chartSummary', { submitted: last?.submitted ?? 0, draft: last?.draft ?? 0, invited })}
      </figcaption>
    </figure>
  );
}
