import { startTransition, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { leaveQueue, passTurn, waitForTurn } from './turns';

/**
 * Charts (Recharts, before docs/decisions/0019) cost tens of milliseconds of main thread each to mount;
 * a page with a dozen of them mounted at once blocked input for seconds on a
 * slow phone (docs/decisions/0014). A chart wrapped in <ChartTurn> mounts
 * only when it comes near the screen (or the page is printed), after the
 * page's first paint, one chart per task, so the page answers input between
 * charts and a chart nobody scrolls to costs nothing. Until then it keeps
 * `minHeight` free, so nothing jumps when it appears.
 */
export function ChartTurn({ children, minHeight = 0 }: { children: ReactNode; minHeight?: number }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNearScreen(placeholder);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!near) return;
    // A transition: React renders the chart in slices of a few milliseconds, yielding to input between them.
    const turn = () => startTransition(() => setReady(true));
    waitForTurn(turn, { onScreen: true });
    return () => leaveQueue(turn);
  }, [near]);
  // Mounted: pass the turn on in a new task, after the browser has had the chance to paint and handle input.
  useEffect(() => {
    if (ready) passTurn();
  }, [ready]);
  return ready ? <>{children}</> : <div ref={placeholder} className="chart-turn" aria-hidden="true" style={{ minHeight }} />;
}

/** True once the element has come within a screen's height of the viewport, or the page is about to be printed. */
function useNearScreen(element: RefObject<HTMLElement | null>): boolean {
  // Without IntersectionObserver (very old browsers) every chart counts as near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const target = element.current;
    if (near || !target) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(target);
    const beforePrint = () => setNear(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [element, near]);
  return near;
}
