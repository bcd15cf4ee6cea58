import type { ReactNode } from 'react';

/** Shown when a page that needs ?token= from an e-mailed link is opened without one. */
export function MissingTokenMessage({ title, message, action }: { title: string; message: string; action?: ReactNode }) {
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <p className="notice notice--warning">{message}</p>
      {action && <p>{action}</p>}
    </div>
  );
}
