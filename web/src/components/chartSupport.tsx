import { useSyncExternalStore } from 'react';

/** Chart text in the page's text colour: 15.9:1 on white (WCAG 1.4.3 asks 4.5:1). */
export const CHART_INK = '#1b1f24';

// Below this width a 220 px axis of area names would leave the bars no room (WCAG 1.4.10 Reflow).
const NARROW = '(max-width: 40rem)';

/** Whether the screen is too narrow for a category axis beside the bars. */
export function useNarrowChart(): boolean {
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

/** On a narrow screen a bar's category name goes above the bar instead of in an axis beside it. */
export function LabelAboveBar({ x, y, value }: LabelProps) {
  return (
    <text x={Number(x)} y={Number(y) - 4} fontSize={12} fill={CHART_INK}>
      {String(value ?? '')}
    </text>
  );
}
