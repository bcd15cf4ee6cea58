import type { ReactNode } from 'react';

type Props = {
  caption: string;
  columns: string[];
  children: ReactNode;
  testId?: string;
  /** The rows are the previous page's while the next one loads. */
  busy?: boolean;
};

/** A captioned table with column headers, scrolling sideways on its own on small screens (table-wrap). */
export function DataTable({ caption, columns, children, testId, busy }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId} aria-busy={busy || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
