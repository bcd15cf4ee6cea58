import type { RowErrorParams, RowRule } from '#shared/api/error-codes';
import { CsvError, parse } from 'csv-parse/sync';
import type { RowError } from '#shared/api/organisations';
import type { ResponseStatusValue } from '#shared/api/results';
import { fromSpreadsheetSafe, writeCsv } from '#server/http/csv';

/**
 * The response file of docs/interfaces §1, without I/O: columns, writing and
 * reading. The demo generator and benchmarks write files with it too, so every
 * generated file goes through the same import path as an administrator's.
 */

export type AreaAnswerCells = { main: 'yes' | 'no' | null; followup: string | null; comment: string | null };

export type ResponseFileRow = {
  organisationCode: string;
  status: ResponseStatusValue;
  /** ISO 8601, e.g. 2025-03-14T09:30:00.000Z; null unless submitted. */
  submittedAt: string | null;
  /** By area key; a missing area is unanswered. */
  answers: Record<string, AreaAnswerCells>;
};

/** What validation needs from the round's question bank. */
export type FileBank = { areas: ReadonlyArray<{ key: string; optionKeys: readonly string[] }>; commentMaxLength: number };

/** The round a file is imported into, for the plausible submission times. */
export type FileRound = { year: number; opensAt: Date; closesAt: Date };

/**
 * Submission times a file may hold for a round: from a year before its year
 * or its opening, whichever is earlier, to a year after its year's end or its
 * closing, whichever is later. Wide enough for late imports of earlier years
 * and reopened responses; year 0000 or 9999 is a typing or spreadsheet error.
 */
export function plausibleSubmissionTimes(round: FileRound): { from: Date; until: Date } {
  const from = Math.min(Date.UTC(round.year, 0, 1), round.opensAt.getTime());
  const until = Math.max(Date.UTC(round.year + 1, 0, 1), round.closesAt.getTime());
  const shift = (time: number, years: number) => {
    const date = new Date(time);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    return date;
  };
  return { from: shift(from, -1), until: shift(until, 1) };
}

export const FIXED_COLUMNS = ['organisation_code', 'status', 'submitted_at'] as const;

export function responseColumns(areaKeys: readonly string[]): string[] {
  return [...FIXED_COLUMNS, ...areaKeys.flatMap((key) => [key, `${key}_followup`, `${key}_comment`])];
}

/** RFC 4180: CRLF line ends, fields quoted only when they hold a comma, quote or line break; spreadsheet-safe. */
export function writeResponseCsv(areaKeys: readonly string[], rows: readonly ResponseFileRow[]): string {
  const records = rows.map((row) => [
    row.organisationCode,
    row.status,
    row.submittedAt ?? '',
    ...areaKeys.flatMap((key) => {
      const answer = row.answers[key];
      return [answer?.main ?? '', answer?.followup ?? '', answer?.comment ?? ''];
    }),
  ]);
  return writeCsv([responseColumns(areaKeys), ...records]);
}

type Raw = { row: number; cells: string[] };

/**
 * Splits the file into records. Rows are numbered as records (the header is
 * row 1), which is the row a spreadsheet shows even when a comment spans lines.
 * Cells are not trimmed: comments come back exactly as they were written.
 */
export function splitRecords(text: string): Raw[] {
  try {
    const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
    return records.map((cells, index) => ({ row: index + 1, cells }));
  } catch (error) {
    if (error instanceof CsvError) {
      const record = (error as CsvError & { records?: number }).records ?? 0;
      throw new ResponseFileError([{ row: record + 1, column: null, rule: 'not_csv', message: `The file is not valid CSV: ${error.message}` }]);
    }
    throw error;
  }
}

export class ResponseFileError extends Error {
  constructor(readonly errors: RowError[]) {
    super(`${errors.length} problem(s) in the response file`);
  }
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const STATUSES: readonly string[] = ['submitted', 'draft', 'not_started'];

/**
 * Reads and checks a whole file against the bank and the known organisation
 * codes. Either every row is valid and comes back, or every problem found is
 * thrown at once as a ResponseFileError: all or nothing.
 */
export function readResponseCsv(text: string, bank: FileBank, knownCodes: ReadonlySet<string>, round: FileRound): ResponseFileRow[] {
  const [header, ...records] = splitRecords(text);
  const columns = responseColumns(bank.areas.map((a) => a.key));
  assertHeader(header, columns);
  const errors: RowError[] = [];
  const rows: ResponseFileRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const record of records) {
    if (record.cells.length !== columns.length) {
      errors.push({
        row: record.row,
        column: null,
        rule: 'column_count',
        message: `Expected ${columns.length} columns, found ${record.cells.length}.`,
        params: { maximum: columns.length, value: String(record.cells.length) },
      });
      continue;
    }
    const { row, problems } = readRow(record.cells.map(fromSpreadsheetSafe), bank, knownCodes, round);
    const duplicateOf = firstRowOfCode.get(row.organisationCode);
    if (duplicateOf !== undefined) {
      problems.unshift({
        column: 'organisation_code',
        rule: 'duplicate_row',
        message: `Repeats organisation ${row.organisationCode} from row ${duplicateOf}.`,
        params: { value: row.organisationCode, otherRow: duplicateOf },
      });
    } else if (row.organisationCode) {
      firstRowOfCode.set(row.organisationCode, record.row);
    }
    errors.push(...problems.map((p) => ({ row: record.row, ...p })));
    if (problems.length === 0) rows.push(row);
  }
  if (errors.length) throw new ResponseFileError(errors);
  return rows;
}

function assertHeader(header: Raw | undefined, columns: string[]): void {
  const names = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (names.length === columns.length && columns.every((c, i) => names[i] === c)) return;
  const firstWrong = columns.findIndex((c, i) => names[i] !== c);
  const detail = firstWrong >= 0 ? ` Column ${firstWrong + 1} should be "${columns[firstWrong]}", found "${names[firstWrong] ?? ''}".` : '';
  throw new ResponseFileError([
    {
      row: 1,
      column: null,
      rule: 'header_mismatch',
      message: `The first line must be the header ${columns.join(',')}.${detail}`,
      params: { expected: columns.join(','), ...(firstWrong >= 0 ? { value: names[firstWrong] ?? '', suggestion: columns[firstWrong] } : {}) },
    },
  ]);
}

type Problem = { column: string; rule: RowRule; message: string; params?: RowErrorParams };

function readRow(cells: string[], bank: FileBank, knownCodes: ReadonlySet<string>, round: FileRound): { row: ResponseFileRow; problems: Problem[] } {
  const [code = '', status = '', submittedAt = ''] = cells;
  const problems: Problem[] = [...codeProblems(code.trim(), knownCodes), ...statusProblems(status, submittedAt, round)];
  const answers: Record<string, AreaAnswerCells> = {};
  bank.areas.forEach((area, index) => {
    const [main = '', followup = '', comment = ''] = cells.slice(3 + index * 3, 6 + index * 3);
    problems.push(...answerProblems(area, main, followup, comment, bank.commentMaxLength));
    if (main || followup || comment) {
      answers[area.key] = { main: main === '' ? null : (main as 'yes' | 'no'), followup: followup || null, comment: comment || null };
    }
  });
  if (status === 'not_started' && Object.keys(answers).length > 0) {
    const first = Object.keys(answers)[0]!;
    problems.push({ column: first, rule: 'not_started_with_answers', message: 'A not_started row cannot hold answers or comments.' });
  }
  const row: ResponseFileRow = {
    organisationCode: code.trim(),
    status: status as ResponseStatusValue,
    submittedAt: submittedAt && !Number.isNaN(Date.parse(submittedAt)) ? new Date(submittedAt).toISOString() : null,
    answers,
  };
  return { row, problems };
}

function codeProblems(code: string, knownCodes: ReadonlySet<string>): Problem[] {
  if (!code) return [{ column: 'organisation_code', rule: 'code_empty', message: 'The organisation code is empty.' }];
  if (knownCodes.has(code)) return [];
  // Spreadsheets turn 0114 into 114: say so, it is the usual cause.
  const padded = code.padStart(4, '0');
  const dropped = /^\d{3}$/.test(code) && knownCodes.has(padded);
  const hint = dropped ? ` Did a spreadsheet drop the leading zero of ${padded}?` : '';
  const params = dropped ? { value: code, suggestion: padded } : { value: code };
  return [{ column: 'organisation_code', rule: 'unknown_organisation', message: `No organisation has the code ${code}.${hint}`, params }];
}

function statusProblems(status: string, submittedAt: string, round: FileRound): Problem[] {
  if (!STATUSES.includes(status)) {
    return [
      {
        column: 'status',
        rule: 'status_invalid',
        message: `The status must be submitted, draft or not_started, not "${status}".`,
        params: { value: status },
      },
    ];
  }
  if (status === 'submitted' && !submittedAt)
    return [{ column: 'submitted_at', rule: 'submitted_at_missing', message: 'A submitted response needs its submitted_at time.' }];
  if (status !== 'submitted' && submittedAt)
    return [
      {
        column: 'submitted_at',
        rule: 'submitted_at_unexpected',
        message: `A ${status} response has no submitted_at time.`,
        params: { value: status },
      },
    ];
  if (submittedAt && (!ISO_DATETIME.test(submittedAt) || Number.isNaN(Date.parse(submittedAt)))) {
    return [
      {
        column: 'submitted_at',
        rule: 'submitted_at_invalid',
        params: { value: submittedAt },
        message: `"${submittedAt}" is not an ISO 8601 time with a time zone, e.g. 2025-03-14T09:30:00Z.`,
      },
    ];
  }
  const { from, until } = plausibleSubmissionTimes(round);
  const at = Date.parse(submittedAt);
  if (submittedAt && (at < from.getTime() || at > until.getTime())) {
    const range = `${from.toISOString().slice(0, 10)} to ${until.toISOString().slice(0, 10)}`;
    return [
      {
        column: 'submitted_at',
        rule: 'submitted_at_implausible',
        message: `${submittedAt} is not a plausible submission time for the ${round.year} round (${range}).`,
        params: { value: submittedAt, expected: range },
      },
    ];
  }
  return [];
}

function answerProblems(area: FileBank['areas'][number], main: string, followup: string, comment: string, maxLength: number): Problem[] {
  const problems: Problem[] = [];
  if (main !== '' && main !== 'yes' && main !== 'no') {
    problems.push({
      column: area.key,
      rule: 'answer_invalid',
      message: `The answer must be yes, no or empty, not "${main}".`,
      params: { value: main },
    });
  }
  if (followup && main !== 'yes') {
    problems.push({ column: `${area.key}_followup`, rule: 'followup_needs_yes', message: 'A follow-up answer needs the main answer yes.' });
  } else if (followup && !area.optionKeys.includes(followup)) {
    problems.push({
      column: `${area.key}_followup`,
      rule: 'followup_invalid',
      message: `"${followup}" is not an option; use one of ${area.optionKeys.join(', ')}.`,
      params: { value: followup, expected: area.optionKeys.join(', ') },
    });
  }
  if (comment.length > maxLength) {
    problems.push({
      column: `${area.key}_comment`,
      rule: 'comment_too_long',
      message: `The comment is longer than ${maxLength} characters.`,
      params: { maximum: maxLength },
    });
  }
  return problems;
}
