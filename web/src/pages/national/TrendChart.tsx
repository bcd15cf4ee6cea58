import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type TrendChartProps = {
  years: number[];
  labels: { yes: string; target: string };
  /** One per area, in question-bank order (the tables' order); shares in per cent, null where withheld. */
  series: { key: string; name: string; yes: (number | null)[]; target: (number | null)[] }[];
};

// Chart text in the page's text colour (15.9:1 on white); the lines differ in colour and dash, not colour alone.
const INK = '#1b1f24';
const YES = '#1a5293';
const TARGET = '#b3261e';

/**
 * Small multiples: one small chart per area, in the same order as the
 * tables, each with the yes share (solid) and the share at level 3 or higher
 * (dashed) across rounds. A withheld point (null) is a gap, never 0.
 * Decorative for assistive technology: the tables above hold the same data.
 */
export default function TrendChart({ years, labels, series }: TrendChartProps) {
  return (
    <div className="results-chart results-multiples" aria-hidden="true">
      <p className="results-multiples__legend">
        <span className="legend-swatch legend-swatch--yes" /> {labels.yes} <span className="legend-swatch legend-swatch--share" /> {labels.target}
      </p>
      <div className="results-multiples__grid">
        {series.map((s) => (
          <figure key={s.key} className="results-multiples__item" data-area={s.key}>
            <figcaption>{s.name}</figcaption>
            <ResponsiveContainer width="100%" height={130}>
              <LineChart
                accessibilityLayer={false}
                data={years.map((year, i) => ({ year: String(year), yes: s.yes[i] ?? null, target: s.target[i] ?? null }))}
                margin={{ left: 0, right: 12, top: 6, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="2 3" vertical={false} />
                <XAxis dataKey="year" tick={{ fontSize: 11, fill: INK }} interval="preserveStartEnd" />
                <YAxis
                  domain={[0, 100]}
                  ticks={[0, 50, 100]}
                  tickFormatter={(value: number) => `${value}\u00a0%`}
                  width={48}
                  tick={{ fontSize: 11, fill: INK }}
                />
                <Line dataKey="yes" stroke={YES} strokeWidth={2} dot={{ r: 2.5, fill: YES }} connectNulls={false} isAnimationActive={false} />
                <Line
                  dataKey="target"
                  stroke={TARGET}
                  strokeWidth={2}
                  strokeDasharray="5 3"
                  dot={{ r: 2.5, fill: TARGET }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </figure>
        ))}
      </div>
    </div>
  );
}
