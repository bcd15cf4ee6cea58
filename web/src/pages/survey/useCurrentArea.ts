import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export const areaElementId = (key: string) => `area-${key}`;
export const areaHeadingId = (key: string) => `${key}-title`;

/**
 * The area the reader is in: the last one whose top has passed the upper
 * third of the window. Follows scrolling; `setCurrent` marks an area at once
 * when the reader jumps to it.
 */
export function useCurrentArea(keys: readonly string[]) {
  const [current, setCurrent] = useState<string | undefined>(keys[0]);
  const joined = keys.join(',');
  useEffect(() => {
    const areaKeys = joined.split(',');
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let found = areaKeys[0];
      for (const key of areaKeys) {
        const top = document.getElementById(areaElementId(key))?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) found = key;
      }
      setCurrent(found);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [joined]);
  return [current, setCurrent] as const;
}

/** Moves focus to an area's heading and brings the area into view (its scroll margin clears the sticky save bar). */
export function focusArea(key: string): boolean {
  const heading = document.getElementById(areaHeadingId(key));
  if (!heading) return false;
  heading.focus({ preventScroll: true });
  document.getElementById(areaElementId(key))?.scrollIntoView({ block: 'start' });
  return true;
}

/** Whether a media query matches now, following changes (window resize, zoom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
