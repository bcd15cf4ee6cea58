import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingMessage } from '#web/components/LoadingMessage';
import type { ActionForm as LoadedActionForm } from './ActionForm';

// The form brings react-hook-form and the shared zod schemas (about 45 kB gzip): it loads when someone opens it,
// not with the results page that lists the plan (docs/decisions/0019).
const ActionFormLater = lazy(() => import('./ActionForm').then((module) => ({ default: module.ActionForm })));

/** The action form, loaded the first time one is opened; meanwhile a loading message in its place. */
export function ActionForm(props: ComponentProps<typeof LoadedActionForm>) {
  return (
    <Suspense fallback={<LoadingMessage />}>
      <ActionFormLater {...props} />
    </Suspense>
  );
}
