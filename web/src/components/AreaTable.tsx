import { useId, type ReactNode } from 'react';
import { TableScroll } from './TableScroll';
import './area-table.css';

export type AreaColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Extra class for the column's cells, e.g. for a number column. */
  className?: (row: Row) => string | undefined;
  /** Left off paper, where another table beside it already says the same. */
  screenOnly?: boolean;
};

type Props<Row> = {
  caption: ReactNode;
  /** The caption is for assistive technology only when a visible heading already says it. */
  captionHidden?: boolean;
  /** The header of the first column, the one naming each row (usually "Område"). */
  rowHeader: ReactNode;
  /** One row per area in question-bank order (a summary row may follow). */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowTitle: (row: Row) => ReactNode;
  columns: readonly AreaColumn<Row>[];
  className?: string;
  /** In the narrow (stacked) form, one value a line: for long column labels such as group names. */
  linesWhenNarrow?: boolean;
};

/**
 * The one table of figures per area on the results and national pages:
 * areas as rows, a caption, `th scope` for rows and columns. On a wide
 * screen and on paper it is a plain table. Where its container is narrow
 * (a phone) each area becomes a stacked block of "column: value" lines, so
 * nothing is cut off; should it still be wider than its box (many years),
 * it scrolls inside its own labelled region, never the page (WCAG 1.4.10).
 * The labels repeated in the stacked form are hidden from assistive
 * technology, which reads the column headers from the table itself.
 */
export function AreaTable<Row>({ caption, captionHidden, rowHeader, rows, rowKey, rowTitle, columns, className, linesWhenNarrow }: Props<Row>) {
  const captionId = useId();
  const classes = ['area-table', linesWhenNarrow && 'area-table--lines', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <TableScroll labelledBy={captionId}>
        <table className="data-table area-table__table">
          <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'area-table__caption'}>
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.screenOnly ? 'no-print' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                <th scope="row">{rowTitle(row)}</th>
                {columns.map((column) => (
                  <td key={column.key} className={[column.className?.(row), column.screenOnly && 'no-print'].filter(Boolean).join(' ') || undefined}>
                    <span className="area-table__label" aria-hidden="true">
                      {column.header}
                    </span>
                    <span className="area-table__value">{column.cell(row)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
