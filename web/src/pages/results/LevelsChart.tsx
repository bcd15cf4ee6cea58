import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CHART_INK, LabelAboveBar, useNarrowChart } from '#web/components/chartSupport';

export type LevelsChartProps = {
  data: { area: string; level: number | null }[];
  targetLevel: number;
  targetLabel: string;
};

/**
 * Levels per area as bars with the target level marked. Decorative for
 * assistive technology: the same data is in the table beside it.
 */
export default function LevelsChart({ data, targetLevel, targetLabel }: LevelsChartProps) {
  const narrow = useNarrowChart();
  const tick = { fontSize: 13, fill: CHART_INK };
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={narrow ? data.length * 40 + 48 : 336}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          barSize={narrow ? 12 : undefined}
          margin={narrow ? { left: 0, right: 8, top: 24, bottom: 8 } : { left: 16, right: 24, top: 24, bottom: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="area" width={220} tick={tick} hide={narrow} />
          <ReferenceLine
            x={targetLevel}
            stroke="#b3261e"
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: targetLabel, position: 'top', fill: CHART_INK }}
          />
          <Bar dataKey="level" fill="#1a5293" isAnimationActive={false}>
            {narrow && <LabelList dataKey="area" content={LabelAboveBar} />}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
