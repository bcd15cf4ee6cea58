import { useEffect, useRef, type ReactNode } from 'react';

/** An h1 that takes focus when shown: for a page whose content changes without navigation (e.g. "sent!"). */
export function FocusedHeading({ children }: { children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <h1 ref={headingRef} tabIndex={-1}>
      {children}
    </h1>
  );
}
