import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TimelinePoint } from './roundAdminApi';

/**
 * Started and submitted responses per day of the window. Decorative for
 * screen readers (the table beside it carries the same numbers), so the
 * figure gets a text summary instead of reading the SVG.
 */
export default function ResponseRateChart({ timeline, invited }: { timeline: TimelinePoint[]; invited: number }) {
  const { t } = useTranslation('rounds');
  const last = timeline.at(-1);
  return (
    <figure className="chart-box" aria-label={t('monitor.chartLabel')}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={timeline} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dae1" />
          <XAxis dataKey="date" tick={{ fill: '#1b1f24', fontSize: 12 }} />
          <YAxis allowDecimals={false} domain={[0, Math.max(invited, 1)]} tick={{ fill: '#1b1f24', fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="started" name={t('monitor.timelineColumns.started')} stroke="#1a5293" strokeWidth={2} dot={false} />
          <Line type="monotone" dataKey="submitted" name={t('monitor.timelineColumns.submitted')} stroke="#b3261e" strokeWidth={2} strokeDasharray="6 3" dot={false} />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="visually-hidden">
        {t('monitor.chartSummary', { submitted: last?.submitted ?? 0, started: last?.started ?? 0, invited })}
      </figcaption>
    </figure>
  );
}
