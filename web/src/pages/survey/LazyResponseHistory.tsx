import { lazy, Suspense } from 'react';
import type { ResponseHistoryProps } from './ResponseHistory';

// Loaded on demand: the history is secondary, and the survey route has a size budget (vite.config.ts).
const ResponseHistory = lazy(() => import('./ResponseHistory'));

/** Who submitted and reopened the response, and when; nothing until it has loaded. */
export function LazyResponseHistory(props: ResponseHistoryProps) {
  return (
    <Suspense fallback={null}>
      <ResponseHistory {...props} />
    </Suspense>
  );
}

// Earlier rounds' actions of an area to follow up (issue 17): loaded on demand for the same budget.
const ActionFollowUps = lazy(() => import('./ActionFollowUps'));

/** Last round's actions of the area, marked ja / delvis / nej; nothing until loaded, or when there are none. */
export function LazyActionFollowUps(props: { areaKey: string; readOnly: boolean }) {
  return (
    <Suspense>
      <ActionFollowUps {...props} />
    </Suspense>
  );
}
