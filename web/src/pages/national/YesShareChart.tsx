import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CHART_INK, LabelAboveBar, useNarrowChart } from '#web/components/chartSupport';

/**
 * Yes share (of those who answered) per area; decorative, the table above
 * holds the same data. On a phone the area names go above the bars, so the
 * bars keep the width.
 */
export default function YesShareChart({ data }: { data: { area: string; share: number | null }[] }) {
  const narrow = useNarrowChart();
  const tick = { fontSize: 13, fill: CHART_INK };
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={narrow ? data.length * 40 + 40 : 340}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          barSize={narrow ? 12 : undefined}
          margin={narrow ? { left: 0, right: 16, top: 16, bottom: 8 } : { left: 16, right: 24, top: 8, bottom: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={tick} />
          <YAxis type="category" dataKey="area" width={220} tick={tick} hide={narrow} />
          <Bar dataKey="share" fill="#1a5293" isAnimationActive={false}>
            {narrow && <LabelList dataKey="area" content={LabelAboveBar} />}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
