import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartTurn } from '#web/components/ChartTurn';

export type HistoryChartProps = {
  years: number[];
  /** Years whose question bank differs from the year before. */
  bankChangedYears: number[];
  targetLevel: number;
  labels: { target: string; bankChanged: string };
  series: { key: string; name: string; levels: (number | null)[] }[];
};

const INK = '#1b1f24';
const LINE = '#1a5293';
const TARGET = '#b3261e';
const BANK = '#6a1b9a';

/**
 * Small multiples: one step chart per area with levels 1–4, the target level
 * and question-bank changes marked. Decorative for assistive technology: the
 * table above holds the same data.
 */
export default function HistoryChart({ years, bankChangedYears, targetLevel, labels, series }: HistoryChartProps) {
  return (
    <div className="results-chart results-multiples" aria-hidden="true">
      <p className="results-multiples__legend">
        <span className="legend-swatch legend-swatch--target" /> {labels.target}
        {bankChangedYears.length > 0 && (
          <>
            {' '}
            <span className="legend-swatch legend-swatch--bank" /> {labels.bankChanged}
          </>
        )}
      </p>
      <div className="results-multiples__grid">
        {series.map((s) => (
          <AreaStepChart
            key={s.key}
            name={s.name}
            data={years.map((year, i) => ({ year: String(year), level: s.levels[i] ?? null }))}
            bankChangedYears={bankChangedYears}
            targetLevel={targetLevel}
          />
        ))}
      </div>
    </div>
  );
}

type AreaStepChartProps = { name: string; data: { year: string; level: number | null }[]; bankChangedYears: number[]; targetLevel: number };

function AreaStepChart({ name, data, bankChangedYears, targetLevel }: AreaStepChartProps) {
  return (
    <figure className="results-multiples__item">
      <figcaption>{name}</figcaption>
      <ChartTurn minHeight={120}>
        <ResponsiveContainer width="100%" height={120}>
          <LineChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 12, top: 6, bottom: 0 }}>
            <CartesianGrid strokeDasharray="2 3" vertical={false} />
            <XAxis dataKey="year" tick={{ fontSize: 11, fill: INK }} interval="preserveStartEnd" />
            <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} width={20} tick={{ fontSize: 11, fill: INK }} />
            <ReferenceLine y={targetLevel} stroke={TARGET} strokeDasharray="5 3" strokeWidth={1.5} />
            {bankChangedYears.map((year) => (
              <ReferenceLine key={year} x={String(year)} stroke={BANK} strokeWidth={1.5} />
            ))}
            <Line
              type="stepAfter"
              dataKey="level"
              stroke={LINE}
              strokeWidth={2}
              dot={{ r: 3, fill: LINE }}
              isAnimationActive={false}
              connectNulls={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartTurn>
    </figure>
  );
}
