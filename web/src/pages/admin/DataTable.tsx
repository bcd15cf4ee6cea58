import type { ReactNode } from 'react';

type Props = { caption: string; columns: string[]; children: ReactNode; testId?: string };

/** A captioned table with column headers, scrolling sideways on its own on small screens (table-wrap). */
export function DataTable({ caption, columns, children, testId }: Props) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
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
