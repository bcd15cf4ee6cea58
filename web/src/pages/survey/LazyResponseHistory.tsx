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
