import './charts.css';

export type HorizontalBar = {
  label: string;
  /** The bar's value on the chart's scale (0 to `max`: per cent by default); null draws no bar (a withheld or unscored figure: the table says why). */
  share: number | null;
  /** What is written after the bar, e.g. "62 %", "62 % (31)" or "Nivå 3". */
  text: string;
};

type Props = {
  data: readonly HorizontalBar[];
  /** A small distribution beside its table: a light track behind each bar, no axis. */
  compact?: boolean;
  /** Vertical grid lines and tick labels at `ticks`. */
  axis?: boolean;
  /** The value at the chart's right end: 100 (per cent) unless told, e.g. 4 for maturity levels. */
  max?: number;
  /** Where the axis has its grid lines and labels: 0, 25, 50, 75 and 100 % unless told. */
  ticks?: readonly number[];
  tickLabel?: (value: number) => string;
  /** A marked value across all bars (e.g. the target level): a dashed line, labelled above the bars. */
  reference?: { value: number; label: string };
  /**
   * The id of the text that describes the chart: the chart is then an image (role="img") named by it. Without
   * it the chart is decorative (aria-hidden) and the table beside it is what assistive technology reads.
   */
  labelledBy?: string;
};

// The bars take this share of the width; the rest is for the text after the longest bar.
const PLOT = 76;
const ROW = 38;
const BAR = 12;
/** Above the bars, for a reference line's label. */
const REFERENCE_LABEL = 18;
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const percent = (tick: number) => `${tick}\u00a0%`;

/** The chart's height in px for this many bars: what a placeholder keeps free until it is drawn. */
export const horizontalBarsHeight = (bars: number, axis = false, reference = false) =>
  (reference ? REFERENCE_LABEL : 0) + bars * ROW + 4 + (axis ? 20 : 4);

/** Where a value sits across the chart, in per cent of its width (clamped to the scale). */
export const barX = (value: number, max = 100) => `${(PLOT * Math.min(max, Math.max(0, value))) / max}%`;

/**
 * Horizontal bars as plain SVG: each category's name above its bar and its
 * figure after it, so nothing needs an axis's width and the chart reflows to
 * any screen (widths in per cent of the chart, no measuring, no
 * re-rendering). Every chart sits beside a table with the same figures.
 * Replaced Recharts, where a chart is no more than this: a Recharts bar chart
 * cost tens of milliseconds of main thread on a phone per chart, and its
 * library a few hundred more to load (issue 15, docs/decisions/0019).
 */
export function HorizontalBars({
  data,
  compact = false,
  axis = false,
  max = 100,
  ticks = PERCENT_TICKS,
  tickLabel = percent,
  reference,
  labelledBy,
}: Props) {
  const top0 = reference ? REFERENCE_LABEL : 0;
  const plotBottom = top0 + data.length * ROW + 4;
  const height = horizontalBarsHeight(data.length, axis, Boolean(reference));
  const x = (value: number) => barX(value, max);
  const edgeAnchor = (value: number) => (value <= 0 ? 'start' : value >= max ? 'end' : 'middle');
  const accessibility = labelledBy ? { role: 'img', 'aria-labelledby': labelledBy } : { 'aria-hidden': true };
  return (
    <div className={compact ? 'results-chart results-chart--compact' : 'results-chart'} {...accessibility}>
      <svg className="bar-chart" width="100%" height={height}>
        {axis && ticks.map((tick) => <line key={tick} className="bar-chart__grid" x1={x(tick)} x2={x(tick)} y1={top0} y2={plotBottom} />)}
        {data.map((bar, i) => {
          const top = top0 + i * ROW;
          return (
            <g key={`${i}-${bar.label}`}>
              <text className="bar-chart__label" x={0} y={top + 12}>
                {bar.label}
              </text>
              {compact && <rect className="bar-chart__track" x={0} y={top + 17} width={x(max)} height={BAR} />}
              {bar.share !== null && <rect className="bar-chart__bar" x={0} y={top + 17} width={x(bar.share)} height={BAR} />}
              <text className="bar-chart__value" x={x(bar.share ?? 0)} dx={4} y={top + 27}>
                {bar.text}
              </text>
            </g>
          );
        })}
        {reference && (
          <g className="bar-chart__reference">
            <line x1={x(reference.value)} x2={x(reference.value)} y1={top0 - 2} y2={plotBottom} />
            <text x={x(reference.value)} y={12} textAnchor={edgeAnchor(reference.value)}>
              {reference.label}
            </text>
          </g>
        )}
        {axis &&
          ticks.map((tick) => (
            <text key={tick} className="bar-chart__tick" x={x(tick)} y={height - 4} textAnchor={edgeAnchor(tick)}>
              {tickLabel(tick)}
            </text>
          ))}
      </svg>
    </div>
  );
}
