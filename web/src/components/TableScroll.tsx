import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

type Props = {
  /** The id of the table's caption (or heading) that names the region. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
};

/**
 * The element's visible width when its content is wider than it (undefined
 * when the content fits), kept up to date as the element or its content
 * resizes, or its content is replaced.
 */
function useOverflowWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Strictly wider, as the browser (and axe) see it: even 1 px of overflow makes the region scrollable.
    const measure = () => setWidth(element.scrollWidth > element.clientWidth ? element.clientWidth : undefined);
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
  return [ref, width] as const;
}

/**
 * A wide table scrolls sideways inside this region, never the page (WCAG
 * 1.4.10 Reflow). The region is named by the table's caption. Only when its
 * table is wider than the region does it take keyboard focus, so keyboard
 * users can scroll it with the arrow keys; a table that fits is no Tab stop.
 * Its caption then wraps within the region and stays in view as the table
 * scrolls (styles.css reads --region-width): a caption is as wide as its
 * table, and a long one was cut at a phone's edge.
 */
export function TableScroll({ labelledBy, className, children }: Props) {
  const [ref, width] = useOverflowWidth<HTMLDivElement>();
  const overflows = width !== undefined;
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
      style={overflows ? ({ '--region-width': `${width}px` } as CSSProperties) : undefined}
    >
      {children}
    </div>
  );
}
