import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { leaveQueue, waitForTurn } from './turns';

/**
 * A long page rendered at once kept a phone's main thread busy for a second
 * or more (issue 15). A section wrapped in <SectionTurn> renders after the
 * page's first paint, in a task of its own, in page order (sharing the
 * charts' queue, where charts on screen go first), so the first screen
 * shows and answers input sooner. Nothing is hidden for long: every section
 * is in the document moments after loading, for find-in-page, screen
 * readers and keyboard users. It renders at once when the page is printed
 * (beforeprint), when the address names a fragment on loading (a link to a
 * section), and when a link on the page jumps to a fragment: then the
 * target is brought into view again, as the content above it has grown.
 */
export function SectionTurn({ children, minHeight = 0 }: { children: ReactNode; minHeight?: number }) {
  const [ready, setReady] = useState(() => window.location.hash !== '');
  useEffect(() => {
    if (ready) return;
    // A transition: React renders the section in slices of a few milliseconds (time slicing), so even a long
    // section blocks input for no more than a slice; its DOM is committed at once when all of it is rendered.
    const turn = () => startTransition(() => setReady(true));
    const now = () => flushSync(() => setReady(true));
    const jumped = () => {
      now();
      document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
    };
    waitForTurn(turn);
    window.addEventListener('beforeprint', now);
    window.addEventListener('hashchange', jumped);
    return () => {
      // Rendered (by its turn or otherwise) or unmounted: the turn, if it was given, goes on to the next in a new task.
      leaveQueue(turn);
      window.removeEventListener('beforeprint', now);
      window.removeEventListener('hashchange', jumped);
    };
  }, [ready]);
  return ready ? <>{children}</> : <div className="section-turn" style={{ minHeight }} />;
}
