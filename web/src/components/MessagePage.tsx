import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

/** A page that only says something: not found, no access, coming soon, an error. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
