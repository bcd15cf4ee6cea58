import { startTransition, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { tabbable } from 'tabbable';
import './lazy-section.css';

type Props = {
  children: ReactNode;
  /** The placeholder's button, e.g. "Visa tabeller och diagram för Kontinuitetsplanering": what pressing it shows. */
  label: string;
  /**
   * Extra class, for the placeholder's height (keep it near the content's, so the page's length and links hold); it
   * stays on the rendered part, whose stylesheet keeps that height while the part's figures load (`:has(.loading-message)`).
   */
  className?: string;
};

/** How far from the screen content starts to render: one and a half screens above and below it. */
const NEAR = '150% 0px';

/**
 * Part of a long page rendered only when it is asked for (issue 15, docs/decisions/0033): a phone rendering
 * every table of a 24-screen page at once, or one after the other while it loads, keeps its main thread busy
 * long after the first screen is there. Until then it is a placeholder of about its height with one button that
 * names what it holds; the heading and text in front of it are the page's own and always there. It renders:
 *
 * - when its place comes within one and a half screens of the viewport (scrolling, a page-contents link, a search
 *   that scrolls) — in a transition, time-sliced, so scrolling stays smooth;
 * - when its button is pressed or receives keyboard focus: focus then moves into what rendered, to its first (Tab)
 *   or last (Shift+Tab) control, or on to the next one after it when it has none — so the Tab order is the whole
 *   page's, and a keyboard user never skips a control that was not there yet; while what rendered is still loading
 *   its data, focus waits on it; after a press (pointer, screen reader) focus stays on what rendered;
 * - when the address's fragment names an element that is not in the document (a link into it), which is then
 *   brought into view; and for printing (beforeprint), so paper has everything.
 */
export function LazySection({ children, label, className }: Props) {
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');
  const box = useRef<HTMLDivElement>(null);
  /** Where focus goes once the content is there: it arrived at the placeholder going forward or backward. */
  const focusAfter = useRef<'first' | 'last' | 'box' | undefined>(undefined);
  /** The fragment to bring into view once the content is there. */
  const scrollTarget = useRef<string | undefined>(undefined);

  useEffect(() => {
    const target = box.current;
    if (shown || !target) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && startTransition(() => setShown(true)), {
      rootMargin: NEAR,
    });
    observer.observe(target);
    const now = () => flushSync(() => setShown(true));
    // A fragment no element on the page has yet: it may be in here (the page's own headings are always there).
    const fragment = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id === '' || document.getElementById(id)) return;
      scrollTarget.current = id;
      setShown(true);
    };
    fragment();
    window.addEventListener('beforeprint', now);
    window.addEventListener('hashchange', fragment);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', now);
      window.removeEventListener('hashchange', fragment);
    };
  }, [shown]);

  useLayoutEffect(() => {
    if (!shown || !box.current) return;
    const id = scrollTarget.current;
    scrollTarget.current = undefined;
    if (id) document.getElementById(id)?.scrollIntoView();
    const where = focusAfter.current;
    focusAfter.current = undefined;
    if (where) moveFocusInto(box.current, where);
  }, [shown]);

  useEffect(listenForTab, []);

  const onFocus = (event: FocusEvent<HTMLButtonElement>) => {
    if (tabbing) {
      const from = event.relatedTarget;
      const backward = from instanceof Node && Boolean(event.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING);
      focusAfter.current = backward ? 'last' : 'first';
    } else {
      // Pressed (pointer, a screen reader's activation) or focused by a script: focus stays where the reader asked.
      focusAfter.current = 'box';
    }
    setShown(true);
  };

  return shown ? (
    // Focusable by script only: where focus goes when the button was pressed, so the next Tab goes on from here.
    <div ref={box} className={className ? `lazy-section ${className}` : 'lazy-section'} tabIndex={-1}>
      {children}
    </div>
  ) : (
    <div ref={box} className={className ? `lazy-section lazy-section--pending ${className}` : 'lazy-section lazy-section--pending'}>
      <button type="button" className="lazy-section__show" onFocus={onFocus}>
        {label}
      </button>
    </div>
  );
}

/** Whether focus is moving by the Tab key: from a Tab's keydown to the next pointer press or other key. */
let tabbing = false;
let listening = false;

function listenForTab() {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', (event) => (tabbing = event.key === 'Tab'), true);
  document.addEventListener('pointerdown', () => (tabbing = false), true);
}

/**
 * Focus to the first (or last) control in `box`; when it has none, to the next control after it (or the one
 * before it): where Tab (or Shift+Tab) would have gone had the content always been there. After a press, to
 * `box` itself.
 */
function moveFocusInto(box: HTMLElement, where: 'first' | 'last' | 'box') {
  // The placeholder's button had focus and is gone now; if focus has moved elsewhere meanwhile, it stays there.
  if (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected) return;
  if (where === 'box') {
    box.focus({ preventScroll: true });
    return;
  }
  // A table wider than its region makes the region a Tab stop (TableScroll), but only once its effect has measured
  // it, after this: measured here the same way, so Tab does not pass over it.
  for (const region of box.querySelectorAll<HTMLElement>('.table-scroll')) if (region.scrollWidth > region.clientWidth) region.tabIndex = 0;
  const inside = tabbable(box);
  const inBox = where === 'first' ? inside[0] : inside.at(-1);
  if (inBox) {
    inBox.focus();
    return;
  }
  // Its figures are still on their way (LoadingMessage): focus waits here, so the next Tab reaches their controls.
  if (box.querySelector('.loading-message')) {
    box.focus();
    return;
  }
  const all = tabbable(document.body);
  const next =
    where === 'first'
      ? all.find((element) => box.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
      : all.findLast((element) => box.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
  next?.focus();
}
