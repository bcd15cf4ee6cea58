import { useSyncExternalStore } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export type LevelsChartProps = {
  data: { area: string; level: number | null }[];
  targetLevel: number;
  targetLabel: string;
};

const INK = '#1b1f24';
// Below this width a 220 px axis of area names would leave the bars no room (WCAG 1.4.10 Reflow).
const NARROW = '(max-width: 40rem)';

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

type LabelProps = { x?: number | string; y?: number | string; value?: unknown };

/** On a narrow screen the area's name goes above its bar instead of in an axis beside it. */
function AreaLabel({ x, y, value }: LabelProps) {
  return <text x={Number(x)} y={Number(y) - 4} fontSize={12} fill={INK}>{String(value ?? '')}</text>;
}

/**
 * Levels per area as bars with the target level marked. Decorative for
 * assistive technology: the same data is in the table beside it.
 */
export default function LevelsChart({ data, targetLevel, targetLabel }: LevelsChartProps) {
  const narrow = useNarrow();
  return (
    <div className="results-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={narrow ? data.length * 40 + 48 : 320}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          barSize={narrow ? 12 : undefined}
          margin={narrow ? { left: 0, right: 8, top: 24, bottom: 8 } : { left: 16, right: 24, top: 8, bottom: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} />
          <YAxis type="category" dataKey="area" width={220} tick={{ fontSize: 13 }} hide={narrow} />
          <ReferenceLine x={targetLevel} stroke="#b3261e" strokeWidth={2} strokeDasharray="6 3" label={{ value: targetLabel, position: 'top', fill: INK }} />
          <Bar dataKey="level" fill="#1a5293" isAnimationActive={false}>
            {narrow && <LabelList dataKey="area" content={AreaLabel} />}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
