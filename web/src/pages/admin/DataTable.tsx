import { useId, type ReactNode } from 'react';
import { TableScroll } from '#web/components/TableScroll';

type Props = {
  caption: string;
  columns: string[];
  children: ReactNode;
  testId?: string;
  /** The rows are the previous page's while the next one loads. */
  busy?: boolean;
};

/** A captioned table with column headers, scrolling sideways in its own region on small screens, never the page. */
export function DataTable({ caption, columns, children, testId, busy }: Props) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="data-table" data-testid={testId} aria-busy={busy || undefined}>
        <caption id={captionId}>{caption}</caption>
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
    </TableScroll>
  );
}
