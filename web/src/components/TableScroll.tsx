import { useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  /** The id of the table's caption (or heading) that names the region. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
};

/**
 * Whether the element's content is wider than the element, kept up to date
 * as the element or its content resizes, or its content is replaced.
 */
function useOverflows<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Strictly wider, as the browser (and axe) see it: even 1 px of overflow makes the region scrollable.
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    const resizes = new ResizeObserver(measure);
    const watchChildren = () => {
      resizes.observe(element);
      for (const child of Array.from(element.children)) resizes.observe(child);
      measure();
    };
    watchChildren();
    const replacements = new MutationObserver(watchChildren);
    replacements.observe(element, { childList: true });
    return () => {
      resizes.disconnect();
      replacements.disconnect();
    };
  }, []);
  return [ref, overflows] as const;
}

/**
 * A wide table scrolls sideways inside this region, never the page (WCAG
 * 1.4.10 Reflow). The region is named by the table's caption. Only when its
 * table is wider than the region does it take keyboard focus, so keyboard
 * users can scroll it with the arrow keys; a table that fits is no Tab stop.
 */
export function TableScroll({ labelledBy, className, children }: Props) {
  const [ref, overflows] = useOverflows<HTMLDivElement>();
  return (
    // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable); role="region" names it.
    <div
      ref={ref}
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={overflows ? 0 : undefined}
      data-overflows={overflows || undefined}
    >
      {children}
    </div>
  );
}
