import { TextDecoder } from 'node:util';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { RowError } from '#shared/api/organisations';
import { HttpError } from '#server/errors';

/**
 * Accepts `text/csv` request bodies as a string, for every import endpoint.
 * Validate the string with `z.string()` and read it with readCsv.
 */
export const csvBodyPlugin = fp(
  async (app: FastifyInstance) => {
    if (app.hasContentTypeParser('text/csv')) return;
    app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) =>
      decodeText(body, request.headers['content-type']),
    );
  },
  { name: 'csv-body' },
);

/**
 * Decodes a body in the character set its content type names (UTF-8 when it
 * names none): spreadsheets save CSV as windows-1252 (`charset=latin1`,
 * `iso-8859-1`, `windows-1252`; one and the same encoding on the web). A
 * character set no decoder knows is refused with 415, bytes that are not
 * valid in the named one with 400: never a silent U+FFFD in stored text.
 */
export function decodeText(body: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new HttpError(415, 'unsupported_media_type', `The character set "${charset}" is not supported: send UTF-8, or windows-1252 (latin1).`);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw new HttpError(
      400,
      'file_not_decodable',
      `The file is not valid ${decoder.encoding}. Save it as UTF-8, or name its character set in the content type, e.g. text/csv; charset=windows-1252.`,
      { encoding: decoder.encoding },
    );
  }
}

export type CsvRow<C extends string> = { row: number; values: Record<C, string> };

/** At most this many row errors are listed: a file wrong throughout would otherwise answer megabytes of them. */
export const LISTED_ROW_ERRORS = 100;

/**
 * Rejects a whole file with its row errors: nothing of it is written. The
 * first LISTED_ROW_ERRORS are listed; `totalErrors` and `moreErrors` say how
 * many there were and how many more.
 */
export function csvRejected(errors: RowError[]) {
  const total = errors.length;
  const listed = errors.slice(0, LISTED_ROW_ERRORS);
  const found = `${total} ${total === 1 ? 'problem' : 'problems'} found${total > listed.length ? `, the first ${listed.length} listed` : ''}`;
  return new HttpError(400, 'csv_rejected', `The file was not imported: ${found}. Nothing was changed.`, {
    errors: listed,
    totalErrors: total,
    moreErrors: total - listed.length,
  });
}

/**
 * Parses CSV whose first line names exactly the expected columns (any case,
 * comma or semicolon separated). Rows are numbered as lines of the file, the
 * header being row 1, so a spreadsheet user finds them. `ignored` are
 * columns an export writes after these for people to read: a file may have
 * all of them after the expected ones, or none, and their cells are not read.
 */
export function readCsv<C extends string>(text: string, columns: readonly C[], ignored: readonly string[] = []): CsvRow<C>[] {
  const records = parseRecords(text);
  const [header, ...rows] = records;
  const names = header?.record.map((name) => name.toLowerCase()) ?? [];
  const expected = names.length === columns.length + ignored.length ? [...columns, ...ignored] : columns;
  if (names.length !== expected.length || expected.some((c, i) => names[i] !== c)) {
    throw csvRejected([
      {
        row: 1,
        column: null,
        rule: 'header_mismatch',
        message: `The first line must be the header: ${columns.join(',')}`,
        params: { expected: columns.join(',') },
      },
    ]);
  }
  const errors: RowError[] = [];
  const result: CsvRow<C>[] = [];
  for (const { record, line } of rows) {
    if (record.length !== expected.length) {
      errors.push({
        row: line,
        column: null,
        rule: 'column_count',
        message: `Expected ${expected.length} columns, found ${record.length}.`,
        params: { maximum: expected.length, value: String(record.length) },
      });
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
      throw csvRejected([{ row: line, column: null, rule: 'not_csv', message: `The file is not valid CSV: ${error.message}` }]);
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
