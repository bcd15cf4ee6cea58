import type { ReactNode } from 'react';

type Props = {
  /** The id of the table's caption (or heading) that names the region. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
};

/**
 * A wide table scrolls sideways inside this region, never the page (WCAG
 * 1.4.10 Reflow). The region is named by the table's caption and focusable,
 * so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({ labelledBy, className, children }: Props) {
  return (
    // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable); role="region" names it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
