import { useEffect, useState, type ReactNode } from 'react';

/**
 * Charts (Recharts) cost tens of milliseconds of main thread each to mount;
 * a page with a dozen of them mounted at once blocked input for seconds on a
 * slow phone (docs/decisions/0014). A chart wrapped in <ChartTurn> mounts
 * after the page's first paint, one chart per task, in page order, so the
 * page answers input between charts. Until its turn it keeps `minHeight`
 * free, so nothing jumps when it appears.
 */
export function ChartTurn({ children, minHeight = 0 }: { children: ReactNode; minHeight?: number }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const turn = () => setReady(true);
    waitForTurn(turn);
    return () => leaveQueue(turn);
  }, []);
  // Mounted: pass the turn on in a new task, after the browser has had the chance to paint and handle input.
  useEffect(() => {
    if (ready) passTurn();
  }, [ready]);
  return ready ? <>{children}</> : <div aria-hidden="true" style={{ minHeight }} />;
}

const waiting: (() => void)[] = [];
let current: (() => void) | undefined;

function waitForTurn(turn: () => void) {
  waiting.push(turn);
  if (!current) passTurn();
}

function leaveQueue(turn: () => void) {
  const index = waiting.indexOf(turn);
  if (index >= 0) waiting.splice(index, 1);
  // Unmounted while its turn was given: nobody else would pass it on.
  if (current === turn) passTurn();
}

function passTurn() {
  current = waiting.shift();
  const turn = current;
  if (!turn) return;
  setTimeout(() => {
    if (current === turn) turn();
  }, 0);
}
