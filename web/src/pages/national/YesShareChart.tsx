import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

/** Yes share (of those who answered) per area; decorative, the table above holds the same data. */
export default function YesShareChart({ data }: { data: { area: string; share: number | null }[] }) {
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={340}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 16, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" />
          <YAxis type="category" dataKey="area" width={220} tick={{ fontSize: 13 }} />
          <Bar dataKey="share" fill="#1a5293" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
