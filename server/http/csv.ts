import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RowError } from '../../shared/api/organisations';
import { badRequest } from '../errors';

/**
 * Accepts `text/csv` request bodies as a string, for every import endpoint.
 * Validate the string with `z.string()` and read it with readCsv.
 */
export const csvBodyPlugin = fp(
  async (app: FastifyInstance) => {
    if (app.hasContentTypeParser('text/csv')) return;
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  },
  { name: 'csv-body' },
);

export type CsvRow<C extends string> = { row: number; values: Record<C, string> };

/** Rejects a whole file with its row errors: nothing of it is written. */
export const csvRejected = (errors: RowError[]) =>
  badRequest(
    `The file was not imported: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} found. Nothing was changed.`,
    { errors },
  );

/**
 * Parses CSV whose first line names exactly the expected columns (any case,
 * comma or semicolon separated). Rows are numbered as lines of the file, the
 * header being row 1, so a spreadsheet user finds them.
 */
export function readCsv<C extends string>(text: string, columns: readonly C[]): CsvRow<C>[] {
  const records = parseRecords(text);
  const [header, ...rows] = records;
  const names = header?.record.map((name) => name.toLowerCase()) ?? [];
  if (names.length !== columns.length || columns.some((c, i) => names[i] !== c)) {
    throw csvRejected([{ row: 1, column: null, message: `The first line must be the header: ${columns.join(',')}` }]);
  }
  const errors: RowError[] = [];
  const result: CsvRow<C>[] = [];
  for (const { record, line } of rows) {
    if (record.length !== columns.length) {
      errors.push({ row: line, column: null, message: `Expected ${columns.length} columns, found ${record.length}.` });
      continue;
    }
    result.push({ row: line, values: Object.fromEntries(columns.map((c, i) => [c, record[i]!])) as Record<C, string> });
  }
  if (errors.length) throw csvRejected(errors);
  return result;
}

function parseRecords(text: string): { record: string[]; line: number }[] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    // With info: true each record comes with where it ended; the typings do not say so.
    const parsed = parse(text, {
      bom: true,
      delimiter,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map((p) => ({ record: p.record, line: p.info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw csvRejected([{ row: line, column: null, message: `The file is not valid CSV: ${error.message}` }]);
    }
    throw error;
  }
}

// A spreadsheet runs a cell starting with one of these as a formula (or, for `'`, hides the quote).
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * Spreadsheet safety (docs/interfaces §1): a text cell that begins with `=`,
 * `+`, `-`, `@`, a tab, a carriage return or `'` gets a leading `'`, so no
 * spreadsheet runs it as a formula. Every CSV the app writes passes its text
 * cells through this (writeCsv does); fromSpreadsheetSafe undoes it exactly.
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Removes the one quote spreadsheetSafe added: export → import → export is exact. */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** RFC 4180 CSV (CRLF line ends, quoting only where needed), every text cell spreadsheet-safe. */
export function writeCsv(records: readonly (readonly unknown[])[]): string {
  return stringify(records as unknown[][], { record_delimiter: '\r\n', cast: { string: (value) => spreadsheetSafe(value) } });
}
