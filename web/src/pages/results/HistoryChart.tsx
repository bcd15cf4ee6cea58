import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type HistoryChartProps = {
  years: number[];
  series: { key: string; name: string; levels: (number | null)[] }[];
};

const COLOURS = ['#1a5293', '#b3261e', '#2e7d32', '#6a1b9a', '#ef6c00', '#00695c', '#4e342e', '#283593', '#ad1457', '#37474f'];

/** Levels per area year over year as step lines; decorative, the table beside it has the same data. */
export default function HistoryChart({ years, series }: HistoryChartProps) {
  const data = years.map((year, index) => ({ year: String(year), ...Object.fromEntries(series.map((s) => [s.key, s.levels[index]])) }));
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart accessibilityLayer={false} data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.key} type="stepAfter" dataKey={s.key} name={s.name} stroke={COLOURS[i % COLOURS.length]} isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
