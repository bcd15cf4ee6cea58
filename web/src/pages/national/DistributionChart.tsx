import { HorizontalBars } from '#web/components/HorizontalBars';

export type DistributionChartProps = {
  /** One bar per category; share in per cent of the figure's n, text its share and count. */
  data: { label: string; share: number; text: string }[];
};

/**
 * A compact horizontal bar chart of a distribution (follow-up options or
 * levels). Decorative for assistive technology: its table holds the same data.
 */
export function DistributionChart({ data }: DistributionChartProps) {
  return <HorizontalBars data={data} compact />;
}
