import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

const COLOURS = ['#1a5293', '#b3261e', '#2e7d32', '#6a1b9a', '#ef6c00', '#00695c', '#4e342e', '#283593', '#ad1457', '#37474f'];

/** Yes share per area across rounds; a withheld point (null) is a gap, not 0. Decorative: the table beside it holds the same data. */
export default function TrendChart({ years, series }: { years: number[]; series: { key: string; name: string; values: (number | null)[] }[] }) {
  const data = years.map((year, i) => ({ year: String(year), ...Object.fromEntries(series.map((s) => [s.key, s.values[i]])) }));
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={340}>
        <LineChart accessibilityLayer={false} data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis domain={[0, 100]} unit=" %" />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={COLOURS[i % COLOURS.length]} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
