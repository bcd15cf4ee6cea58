import { MiniLineChart } from '#web/components/MiniLineChart';

export type TrendChartProps = {
  years: number[];
  labels: { yes: string; target: string };
  /** One per area, in question-bank order (the tables' order); shares in per cent, null where withheld. */
  series: { key: string; name: string; yes: (number | null)[]; target: (number | null)[] }[];
};

// The lines differ in colour and dash, not colour alone.
const YES = '#1a5293';
const TARGET = '#b3261e';
const TICKS = [0, 50, 100];
const percent = (value: number) => `${value}\u00a0%`;

/**
 * Small multiples: one small chart per area, in the same order as the
 * tables, each with the yes share (solid) and the share at level 3 or higher
 * (dashed) across rounds. A withheld point (null) is a gap, never 0.
 * Decorative for assistive technology: the tables above hold the same data.
 */
export function TrendChart({ years, labels, series }: TrendChartProps) {
  return (
    <div className="results-chart results-multiples" aria-hidden="true">
      <p className="results-multiples__legend">
        <span className="legend-swatch legend-swatch--yes" /> {labels.yes} <span className="legend-swatch legend-swatch--share" /> {labels.target}
      </p>
      <div className="results-multiples__grid">
        {series.map((s) => (
          <figure key={s.key} className="results-multiples__item" data-area={s.key}>
            <figcaption>{s.name}</figcaption>
            <MiniLineChart
              years={years}
              domain={[0, 100]}
              ticks={TICKS}
              tickLabel={percent}
              lines={[
                { values: s.yes, color: YES },
                { values: s.target, color: TARGET, dashed: true },
              ]}
            />
          </figure>
        ))}
      </div>
    </div>
  );
}
