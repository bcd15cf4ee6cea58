import { HorizontalBars, horizontalBarsHeight } from '#web/components/HorizontalBars';

export type LevelsChartProps = {
  data: { area: string; level: number | null; text: string }[];
  targetLevel: number;
  targetLabel: string;
  /** The id of the caption that describes the chart (its accessible name). */
  labelledBy: string;
};

const LEVEL_TICKS = [0, 1, 2, 3, 4];

/** The chart's height in px for this many areas: what its placeholder keeps free. */
export const levelsChartHeight = (areas: number) => horizontalBarsHeight(areas, true, true);

/**
 * Levels per area (0–4) as bars with the target level marked: plain SVG
 * (HorizontalBars), each area's name above its bar. The table beside it holds
 * the same figures.
 */
export function LevelsChart({ data, targetLevel, targetLabel, labelledBy }: LevelsChartProps) {
  return (
    <HorizontalBars
      data={data.map((d) => ({ label: d.area, share: d.level, text: d.text }))}
      axis
      max={4}
      ticks={LEVEL_TICKS}
      tickLabel={String}
      reference={{ value: targetLevel, label: targetLabel }}
      labelledBy={labelledBy}
    />
  );
}
