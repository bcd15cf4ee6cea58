import './charts.css';

export type MiniLine = {
  /** One value per year (null: a gap, never 0). */
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
  /** A step to the next value rather than a slope (levels that hold until the next round). */
  step?: boolean;
  /** A dot at each value (default); off for a line of many points. */
  dots?: boolean;
};

type Props = {
  years: readonly number[];
  lines: readonly MiniLine[];
  /** The value axis: [lowest, highest]. */
  domain: readonly [number, number];
  ticks: readonly number[];
  tickLabel?: (value: number) => string;
  /** Horizontal reference lines (e.g. the target level). */
  references?: readonly { value: number; color: string; dashed?: boolean }[];
  /** Vertical marks at these years (e.g. a question-bank change). */
  marks?: readonly { year: number; color: string }[];
  /** Of the plot, in px. */
  height?: number;
  /** The label under each point of the x axis (the year unless told); null leaves that point unlabelled. */
  xLabel?: (year: number, index: number) => string | null;
};

// The plot's own coordinates: x 0–100 across the years, y 0–100 down the domain, with room for the dots at the edges.
const PAD_X = 4;
const PAD_Y = 6;
const VIEW = `${-PAD_X} ${-PAD_Y} ${100 + 2 * PAD_X} ${100 + 2 * PAD_Y}`;

/**
 * One small line chart of a few rounds, as plain SVG: the plot stretches to
 * its box (a viewBox without aspect ratio, strokes and dots kept at their
 * size on screen), its axis labels are HTML beside and below it. No
 * measuring and no second render, where Recharts' ResponsiveContainer
 * measured each of a page's ten small charts and rendered it again (issue
 * 15). Decorative for assistive technology: the tables beside it hold the
 * same figures.
 */
export function MiniLineChart({
  years,
  lines,
  domain,
  ticks,
  tickLabel = String,
  references = [],
  marks = [],
  height = 100,
  xLabel = String,
}: Props) {
  const [low, high] = domain;
  const xOf = (index: number) => (years.length < 2 ? 50 : (100 * index) / (years.length - 1));
  const yOf = (value: number) => 100 - (100 * (value - low)) / (high - low || 1);
  // Where a value sits, in per cent of the plot's box (for the HTML labels).
  const topOf = (value: number) => `${((PAD_Y + yOf(value)) / (100 + 2 * PAD_Y)) * 100}%`;
  const leftOf = (index: number) => `${((PAD_X + xOf(index)) / (100 + 2 * PAD_X)) * 100}%`;
  return (
    <div className="mini-chart">
      <div className="mini-chart__ticks" style={{ height }}>
        {ticks.map((tick) => (
          <span key={tick} style={{ top: topOf(tick) }}>
            {tickLabel(tick)}
          </span>
        ))}
      </div>
      <svg className="mini-chart__plot" viewBox={VIEW} preserveAspectRatio="none" width="100%" height={height}>
        {ticks.map((tick) => (
          <line
            key={tick}
            className="mini-chart__grid"
            x1={-PAD_X}
            x2={100 + PAD_X}
            y1={yOf(tick)}
            y2={yOf(tick)}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {references.map((reference) => (
          <line
            key={`ref-${reference.value}`}
            x1={-PAD_X}
            x2={100 + PAD_X}
            y1={yOf(reference.value)}
            y2={yOf(reference.value)}
            stroke={reference.color}
            strokeWidth={1.5}
            strokeDasharray={reference.dashed ? '5 3' : undefined}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {marks.map((mark) => {
          const index = years.indexOf(mark.year);
          if (index < 0) return null;
          return (
            <line
              key={`mark-${mark.year}`}
              x1={xOf(index)}
              x2={xOf(index)}
              y1={-PAD_Y}
              y2={100 + PAD_Y}
              stroke={mark.color}
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
        {lines.map((line, n) => (
          <g key={n} stroke={line.color}>
            <path
              d={linePath(line, xOf, yOf)}
              fill="none"
              strokeWidth={2}
              strokeDasharray={line.dashed ? '5 3' : undefined}
              vectorEffect="non-scaling-stroke"
            />
            {/* Dots: a zero-length stroke with round caps is a circle on screen, whatever the plot's stretch. */}
            {line.dots !== false && <path d={dotsPath(line, xOf, yOf)} strokeWidth={5} strokeLinecap="round" vectorEffect="non-scaling-stroke" />}
          </g>
        ))}
      </svg>
      <div className="mini-chart__years">
        {years.map((year, index) => {
          const label = xLabel(year, index);
          if (label === null) return null;
          return (
            <span
              key={year}
              style={{ left: leftOf(index) }}
              data-edge={index === 0 ? 'start' : index === years.length - 1 ? 'end' : undefined}
              // On a phone the years between the first and the last are left out when there are many.
              data-between={index > 0 && index < years.length - 1 && years.length > 3 ? '' : undefined}
            >
              {label}
            </span>
          );
        })}
      </div>
    </div>
  );
}

type Scale = (value: number) => number;

/** The line through the values, broken at every null. */
function linePath({ values, step }: MiniLine, xOf: Scale, yOf: Scale): string {
  let d = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const [x, y] = [xOf(i), yOf(value)];
    if (!drawing) d += `M${x} ${y}`;
    else if (step) d += `V${yOf(values[i - 1]!)}H${x}V${y}`;
    else d += `L${x} ${y}`;
    drawing = true;
  });
  return d;
}

function dotsPath({ values }: MiniLine, xOf: Scale, yOf: Scale): string {
  return values.map((value, i) => (value === null ? '' : `M${xOf(i)} ${yOf(value)}h0`)).join('');
}
