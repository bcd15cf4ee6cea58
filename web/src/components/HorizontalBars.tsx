import './charts.css';

export type HorizontalBar = {
  label: string;
  /** Per cent of the whole, 0–100; null draws no bar (a withheld figure: the table says why). */
  share: number | null;
  /** What is written after the bar, e.g. "62 %" or "62 % (31)". */
  text: string;
};

type Props = {
  data: readonly HorizontalBar[];
  /** A small distribution beside its table: a light track behind each bar, no axis. */
  compact?: boolean;
  /** Vertical grid lines and ticks at 0, 25, 50, 75 and 100 %. */
  axis?: boolean;
};

// The bars take this share of the width; the rest is for the text after the longest bar.
const PLOT = 76;
const ROW = 38;
const BAR = 12;
const TICKS = [0, 25, 50, 75, 100];

/** The chart's height in px for this many bars: what a placeholder keeps free until it is drawn. */
export const horizontalBarsHeight = (bars: number, axis = false) => bars * ROW + 4 + (axis ? 20 : 4);

const x = (share: number) => `${(PLOT * Math.min(100, Math.max(0, share))) / 100}%`;

/**
 * Horizontal bars as plain SVG: each category's name above its bar and its
 * figure after it, so nothing needs an axis's width and the chart reflows to
 * any screen (widths in per cent of the chart, no measuring, no
 * re-rendering). Decorative for assistive technology: every chart sits
 * beside a table with the same figures. Replaces Recharts where a chart is
 * no more than this: a Recharts bar chart cost tens of milliseconds of main
 * thread on a phone per chart, and its library a few hundred more to load
 * (issue 15).
 */
export function HorizontalBars({ data, compact = false, axis = false }: Props) {
  const plotHeight = data.length * ROW + 4;
  const height = horizontalBarsHeight(data.length, axis);
  return (
    <div className={compact ? 'results-chart results-chart--compact' : 'results-chart'} aria-hidden="true">
      <svg className="bar-chart" width="100%" height={height}>
        {axis && TICKS.map((tick) => <line key={tick} className="bar-chart__grid" x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} />)}
        {data.map((bar, i) => {
          const top = i * ROW;
          return (
            <g key={`${i}-${bar.label}`}>
              <text className="bar-chart__label" x={0} y={top + 12}>
                {bar.label}
              </text>
              {compact && <rect className="bar-chart__track" x={0} y={top + 17} width={x(100)} height={BAR} />}
              {bar.share !== null && <rect className="bar-chart__bar" x={0} y={top + 17} width={x(bar.share)} height={BAR} />}
              <text className="bar-chart__value" x={x(bar.share ?? 0)} dx={4} y={top + 27}>
                {bar.text}
              </text>
            </g>
          );
        })}
        {axis &&
          TICKS.map((tick, i) => (
            <text
              key={tick}
              className="bar-chart__tick"
              x={x(tick)}
              y={height - 4}
              textAnchor={i === 0 ? 'start' : i === TICKS.length - 1 ? 'end' : 'middle'}
            >
              {`${tick}\u00a0%`}
            </text>
          ))}
      </svg>
    </div>
  );
}
