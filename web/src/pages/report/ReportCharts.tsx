import { roundedPercentScaled } from '#shared/report/numbers';

/**
 * The report's charts: plain SVG, drawn from the same figures as the table
 * beside each (the table is the alternative, so the drawing is hidden from
 * assistive technology). A withheld figure draws no bar and reads "..".
 */

export const SERIES_COLOURS = ['#1a5293', '#d9822b', '#4f8f3a', '#8c3f8c', '#5c5c5c', '#b8860b'];
const INK = '#1f1f1f';
const BAR = '#1a5293';

const percent = (count: number, of: number) => (of > 0 ? roundedPercentScaled(count, of) : 0);

export type BarRow = { label: string; count: number | null; of: number | null };

/** Horizontal bars, one per row, 0–100 %. */
export function ShareBars({ rows, format }: { rows: BarRow[]; format: (count: number, of: number) => string }) {
  const rowHeight = 26;
  const labelWidth = 230;
  const barWidth = 360;
  const width = labelWidth + barWidth + 70;
  const height = rows.length * rowHeight + 24;
  return (
    <svg className="report-chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {[0, 25, 50, 75, 100].map((tick) => {
        const x = labelWidth + (barWidth * tick) / 100;
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={0} y2={height - 20} stroke="#c8c8c8" strokeDasharray="3 3" />
            <text x={x} y={height - 6} fontSize="11" textAnchor="middle" fill={INK}>
              {tick} %
            </text>
          </g>
        );
      })}
      {rows.map((row, index) => {
        const y = index * rowHeight + 4;
        const shown = row.count !== null && row.of !== null && row.of > 0;
        const share = shown ? percent(row.count!, row.of!) : 0;
        return (
          <g key={row.label}>
            <text x={labelWidth - 8} y={y + 15} fontSize="12" textAnchor="end" fill={INK}>
              {row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}
            </text>
            {shown && <rect x={labelWidth} y={y + 3} width={(barWidth * share) / 100} height={rowHeight - 8} fill={BAR} />}
            <text x={labelWidth + (barWidth * share) / 100 + 6} y={y + 15} fontSize="12" fill={INK}>
              {shown ? format(row.count!, row.of!) : '..'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type Segment = { label: string; count: number };

/** One stacked bar of a distribution (follow-up answers), with its legend. */
export function StackedBar({ segments }: { segments: Segment[] }) {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  const width = 660;
  const legendRows = Math.ceil(segments.length / 2);
  const height = 40 + legendRows * 20;
  let x = 0;
  return (
    <svg className="report-chart" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {total > 0 &&
        segments.map((segment, index) => {
          const w = (width * segment.count) / total;
          const rect = (
            <rect key={segment.label} x={x} y={4} width={w} height={24} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} stroke="#ffffff" />
          );
          x += w;
          return rect;
        })}
      {segments.map((segment, index) => {
        const lx = (index % 2) * (width / 2);
        const ly = 40 + Math.floor(index / 2) * 20;
        return (
          <g key={segment.label}>
            <rect x={lx} y={ly} width={12} height={12} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} />
            <text x={lx + 18} y={ly + 10} fontSize="12" fill={INK}>
              {segment.label.length > 48 ? `${segment.label.slice(0, 47)}…` : segment.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Columns per level (1–4), heights as shares of those who answered. */
export function LevelColumns({
  levels,
  answered,
  label,
  format,
}: {
  levels: { level: number; count: number }[];
  answered: number;
  label: (level: number) => string;
  format: (count: number, of: number) => string;
}) {
  const width = 400;
  const height = 180;
  const columnWidth = 60;
  const gap = (width - levels.length * columnWidth) / (levels.length + 1);
  return (
    <svg className="report-chart report-chart--narrow" viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <line x1={0} x2={width} y1={150} y2={150} stroke={INK} />
      {levels.map((entry, index) => {
        const share = percent(entry.count, answered);
        const h = (130 * share) / 100;
        const x = gap + index * (columnWidth + gap);
        return (
          <g key={entry.level}>
            <rect x={x} y={150 - h} width={columnWidth} height={h} fill={BAR} />
            <text x={x + columnWidth / 2} y={150 - h - 4} fontSize="12" textAnchor="middle" fill={INK}>
              {answered > 0 ? format(entry.count, answered) : ''}
            </text>
            <text x={x + columnWidth / 2} y={168} fontSize="12" textAnchor="middle" fill={INK}>
              {label(entry.level)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
