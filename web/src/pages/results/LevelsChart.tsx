import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';

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
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 16, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} />
          <YAxis type="category" dataKey="area" width={220} tick={{ fontSize: 13 }} />
          <ReferenceLine x={targetLevel} stroke="#b3261e" strokeWidth={2} strokeDasharray="6 3" label={{ value: targetLabel, position: 'top', fill: '#1b1f24' }} />
          <Bar dataKey="level" fill="#1a5293" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
