import { ChartTurn } from '#web/components/ChartTurn';
import { MiniLineChart } from '#web/components/MiniLineChart';

export type HistoryChartProps = {
  years: number[];
  /** Years whose question bank differs from the year before. */
  bankChangedYears: number[];
  targetLevel: number;
  labels: { target: string; bankChanged: string };
  series: { key: string; name: string; levels: (number | null)[] }[];
  /** The id of the caption that describes the charts (their accessible name). */
  labelledBy: string;
};

const LINE = '#1a5293';
const TARGET = '#b3261e';
const BANK = '#6a1b9a';
const LEVELS = [1, 2, 3, 4];
/** The plot's height; with the years under it the chart is about 20 px taller. */
const PLOT_HEIGHT = 100;

/**
 * Small multiples: one step chart per area with levels 1–4, the target level
 * (dashed) and question-bank changes marked, as plain SVG (MiniLineChart). An
 * unscored year is a gap, never 0. The table above holds the same data.
 * Each chart mounts when it comes near the screen (ChartTurn): the section
 * is below the first screen, and ten charts nobody has scrolled to cost
 * nothing on loading.
 */
export function HistoryChart({ years, bankChangedYears, targetLevel, labels, series, labelledBy }: HistoryChartProps) {
  const marks = bankChangedYears.map((year) => ({ year, color: BANK }));
  const references = [{ value: targetLevel, color: TARGET, dashed: true }];
  return (
    <div className="results-chart results-multiples" role="img" aria-labelledby={labelledBy}>
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
          <figure key={s.key} className="results-multiples__item" data-area={s.key}>
            <figcaption>{s.name}</figcaption>
            <ChartTurn minHeight={PLOT_HEIGHT + 20}>
              <MiniLineChart
                years={years}
                domain={[1, 4]}
                ticks={LEVELS}
                height={PLOT_HEIGHT}
                lines={[{ values: s.levels, color: LINE, step: true }]}
                references={references}
                marks={marks}
              />
            </ChartTurn>
          </figure>
        ))}
      </div>
    </div>
  );
}
