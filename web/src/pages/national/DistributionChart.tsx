import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type DistributionChartProps = {
  /** One bar per category; share in per cent of the figure's n. */
  data: { label: string; share: number; text: string }[];
};

const INK = '#1b1f24';
const ROW = 38;

type LabelProps = { x?: number | string; y?: number | string; width?: number | string; value?: unknown };

/** The category name above its bar, so long follow-up options need no axis room. */
function CategoryLabel({ x, y, value }: LabelProps) {
  return (
    <text x={Number(x)} y={Number(y) - 4} fontSize={12} fill={INK}>
      {String(value ?? '')}
    </text>
  );
}

/** The share and count after the bar. */
function ValueLabel({ x, y, width, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width) + 4} y={Number(y) + 10} fontSize={12} fill={INK}>
      {String(value ?? '')}
    </text>
  );
}

/**
 * A compact horizontal bar chart of a distribution (follow-up options or
 * levels). Decorative for assistive technology: its table holds the same data.
 */
export default function DistributionChart({ data }: DistributionChartProps) {
  return (
    <div className="results-chart results-chart--compact" aria-hidden="true">
      <ResponsiveContainer width="100%" height={data.length * ROW + 8}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" barSize={12} margin={{ left: 0, right: 72, top: 16, bottom: 0 }}>
          <XAxis type="number" domain={[0, 100]} hide />
          <YAxis type="category" dataKey="label" hide />
          <Bar dataKey="share" fill="#1a5293" isAnimationActive={false} background={{ fill: '#eef1f5' }}>
            <LabelList dataKey="label" content={CategoryLabel} />
            <LabelList dataKey="text" content={ValueLabel} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
