import type { RowErrorParams, RowRule } from '#shared/api/error-codes';
import {
  AUDIT_AREA_KEYS,
  COMMENT_MAX_LENGTH,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_YEARS,
  RECOMMENDATION_MAX_LENGTH,
  RECOMMENDATION_PRIORITIES,
  REGISTER_CSV_COLUMNS,
  TITLE_MAX_LENGTH,
  type AuditRegister,
  type FollowUpOutcome,
  type RecommendationPriority,
  type RegisterCsvColumn,
} from '#shared/api/external-audits';
import type { RowError } from '#shared/api/organisations';
import { csvRejected, fromSpreadsheetSafe, readCsv, writeCsv } from '#server/http/csv';

/**
 * The register's CSV file, version 1 (docs/audit-register-csv.md), without
 * I/O. One line per follow-up; a recommendation without follow-ups is one
 * line with the follow-up cells empty, an audit without recommendations one
 * line with only the audit's cells. Written and read with the same CSV
 * helpers as the response file, so cells are spreadsheet-safe both ways.
 */

/** Areas in one cell: keys separated by semicolons. */
export const AREA_SEPARATOR = ';';

/**
 * Written after the columns of version 1: the titles of the plan's actions
 * linked to the line's recommendation (decision 0020), one a line in the
 * cell. For reading only: an import takes a file with or without it and
 * leaves its cells alone, since a link is made between a recommendation and
 * an action of the plan in the register, not by a title in a file.
 */
export const LINKED_ACTIONS_COLUMN = 'linked_actions';

/** The titles of a recommendation's linked actions in one cell. */
export const linkedActionsCell = (recommendation: AuditRegister['audits'][number]['recommendations'][number]) =>
  recommendation.actions.map((action) => action.title).join('\n');

export function writeRegisterCsv(register: AuditRegister): string {
  const lines: string[][] = [];
  for (const audit of register.audits) {
    const auditCells = [audit.title, audit.auditorFirm, audit.auditedOn, audit.reportReference];
    if (audit.recommendations.length === 0) lines.push([...auditCells, '', '', '', '', '', '', '']);
    for (const recommendation of audit.recommendations) {
      const recommendationCells = [recommendation.text, recommendation.areaKeys.join(AREA_SEPARATOR), recommendation.priority];
      const linked = linkedActionsCell(recommendation);
      if (recommendation.followUps.length === 0) lines.push([...auditCells, ...recommendationCells, '', '', '', linked]);
      for (const followUp of recommendation.followUps) {
        lines.push([...auditCells, ...recommendationCells, String(followUp.year), followUp.outcome, followUp.comment, linked]);
      }
    }
  }
  return writeCsv([[...REGISTER_CSV_COLUMNS, LINKED_ACTIONS_COLUMN], ...lines]);
}

export type FileFollowUp = { outcome: FollowUpOutcome; comment: string };
export type FileRecommendation = { text: string; areaKeys: string[]; priority: RecommendationPriority; followUps: Map<number, FileFollowUp> };
export type FileAudit = {
  title: string;
  auditorFirm: string;
  auditedOn: string;
  reportReference: string;
  recommendations: Map<string, FileRecommendation>;
};
/** Audits by `auditKey` (title and date): how a file's audit finds the register's. */
export type RegisterFile = { rows: number; audits: Map<string, FileAudit> };

export const auditKey = (title: string, auditedOn: string) => `${auditedOn}\u0000${title}`;

type Problem = { column: RegisterCsvColumn | null; rule: RowRule; message: string; params?: RowErrorParams };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDate = (text: string) => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
};

/**
 * Reads and checks a whole file. Either every line is valid and the file's
 * register comes back, or every problem found is thrown at once as a
 * `csv_rejected` error (all or nothing).
 */
export function readRegisterCsv(text: string): RegisterFile {
  const records = readCsv(text, REGISTER_CSV_COLUMNS, [LINKED_ACTIONS_COLUMN]);
  if (records.length === 0) throw csvRejected([{ row: 2, column: null, rule: 'no_rows', message: 'The file has no rows after the header.' }]);
  const errors: RowError[] = [];
  const audits = new Map<string, FileAudit & { row: number }>();
  const recommendationRows = new Map<FileRecommendation, number>();
  const followUpRows = new Map<FileFollowUp, number>();
  for (const record of records) {
    const cells = Object.fromEntries(Object.entries(record.values).map(([column, cell]) => [column, fromSpreadsheetSafe(cell)])) as Record<
      RegisterCsvColumn,
      string
    >;
    const problems = lineProblems(cells);
    if (problems.length === 0) problems.push(...merge(cells, record.row, audits, recommendationRows, followUpRows));
    errors.push(...problems.map((p) => ({ row: record.row, ...p })));
  }
  if (errors.length) throw csvRejected(errors);
  return { rows: records.length, audits };
}

function lineProblems(cells: Record<RegisterCsvColumn, string>): Problem[] {
  const problems: Problem[] = [
    ...required(cells, 'audit_title', TITLE_MAX_LENGTH),
    ...required(cells, 'auditor_firm', TITLE_MAX_LENGTH),
    ...tooLong(cells, 'report_reference', TITLE_MAX_LENGTH),
  ];
  if (!cells.audited_on) problems.push(empty('audited_on'));
  else if (!isDate(cells.audited_on))
    problems.push({
      column: 'audited_on',
      rule: 'date_invalid',
      message: `"${cells.audited_on}" is not a date written YYYY-MM-DD.`,
      params: { value: cells.audited_on },
    });
  const hasRecommendation = cells.recommendation !== '';
  const hasFollowUp = cells.follow_up_year !== '' || cells.outcome !== '' || cells.comment !== '';
  if (!hasRecommendation) {
    const stray = (['areas', 'priority', 'follow_up_year', 'outcome', 'comment'] as const).find((column) => cells[column] !== '');
    if (stray)
      problems.push({ column: stray, rule: 'needs_recommendation', message: `The column ${stray} needs a recommendation on the same line.` });
    return problems;
  }
  problems.push(...tooLong(cells, 'recommendation', RECOMMENDATION_MAX_LENGTH));
  const areas = cells.areas.split(AREA_SEPARATOR).map((key) => key.trim());
  const wrongArea = areas.find((key) => !(AUDIT_AREA_KEYS as readonly string[]).includes(key));
  if (!cells.areas) problems.push(empty('areas'));
  else if (wrongArea !== undefined)
    problems.push({
      column: 'areas',
      rule: 'areas_invalid',
      message: `"${wrongArea}" is not an area key; use ${AUDIT_AREA_KEYS.join(', ')}, several separated by ${AREA_SEPARATOR}.`,
      params: { value: wrongArea, expected: AUDIT_AREA_KEYS.join(', ') },
    });
  if (!(RECOMMENDATION_PRIORITIES as readonly string[]).includes(cells.priority))
    problems.push({
      column: 'priority',
      rule: 'priority_invalid',
      message: `The priority must be high, medium or low, not "${cells.priority}".`,
      params: { value: cells.priority },
    });
  if (hasFollowUp) {
    const year = Number(cells.follow_up_year);
    if (!/^\d{4}$/.test(cells.follow_up_year) || year < FOLLOW_UP_YEARS.min || year > FOLLOW_UP_YEARS.max)
      problems.push({
        column: 'follow_up_year',
        rule: 'year_invalid',
        message: `"${cells.follow_up_year}" is not a year from ${FOLLOW_UP_YEARS.min} to ${FOLLOW_UP_YEARS.max}.`,
        params: { value: cells.follow_up_year },
      });
    if (!(FOLLOW_UP_OUTCOMES as readonly string[]).includes(cells.outcome))
      problems.push({
        column: 'outcome',
        rule: 'outcome_invalid',
        message: `The outcome must be yes, partly or no, not "${cells.outcome}".`,
        params: { value: cells.outcome },
      });
    problems.push(...tooLong(cells, 'comment', COMMENT_MAX_LENGTH));
  }
  return problems;
}

/** Adds a valid line to the file's register; a line saying something else about an audit or recommendation of an earlier line is refused. */
function merge(
  cells: Record<RegisterCsvColumn, string>,
  row: number,
  audits: Map<string, FileAudit & { row: number }>,
  recommendationRows: Map<FileRecommendation, number>,
  followUpRows: Map<FileFollowUp, number>,
): Problem[] {
  const key = auditKey(cells.audit_title, cells.audited_on);
  let audit = audits.get(key);
  if (!audit) {
    audit = {
      row,
      title: cells.audit_title,
      auditorFirm: cells.auditor_firm,
      auditedOn: cells.audited_on,
      reportReference: cells.report_reference,
      recommendations: new Map(),
    };
    audits.set(key, audit);
  } else {
    const differs =
      audit.auditorFirm !== cells.auditor_firm ? 'auditor_firm' : audit.reportReference !== cells.report_reference ? 'report_reference' : null;
    if (differs) return [conflict(differs, cells[differs], audit.row)];
  }
  if (!cells.recommendation) return [];
  const areaKeys = [...new Set(cells.areas.split(AREA_SEPARATOR).map((k) => k.trim()))];
  const priority = cells.priority as RecommendationPriority;
  let recommendation = audit.recommendations.get(cells.recommendation);
  if (!recommendation) {
    recommendation = { text: cells.recommendation, areaKeys, priority, followUps: new Map() };
    audit.recommendations.set(cells.recommendation, recommendation);
    recommendationRows.set(recommendation, row);
  } else {
    const otherRow = recommendationRows.get(recommendation)!;
    if ([...recommendation.areaKeys].sort().join() !== [...areaKeys].sort().join()) return [conflict('areas', cells.areas, otherRow)];
    if (recommendation.priority !== priority) return [conflict('priority', cells.priority, otherRow)];
  }
  if (!cells.follow_up_year) {
    return [];
  }
  const year = Number(cells.follow_up_year);
  const earlier = recommendation.followUps.get(year);
  if (earlier) {
    const otherRow = followUpRows.get(earlier)!;
    return [
      {
        column: 'follow_up_year',
        rule: 'duplicate_row',
        message: `Repeats the follow-up of ${year} from row ${otherRow}.`,
        params: { value: cells.follow_up_year, otherRow },
      },
    ];
  }
  const followUp = { outcome: cells.outcome as FollowUpOutcome, comment: cells.comment };
  recommendation.followUps.set(year, followUp);
  followUpRows.set(followUp, row);
  return [];
}

const empty = (column: RegisterCsvColumn): Problem => ({ column, rule: 'value_empty', message: `The column ${column} is empty.` });

function tooLong(cells: Record<RegisterCsvColumn, string>, column: RegisterCsvColumn, maximum: number): Problem[] {
  return cells[column].length > maximum
    ? [{ column, rule: 'value_too_long', message: `The text is longer than ${maximum} characters.`, params: { maximum } }]
    : [];
}

function required(cells: Record<RegisterCsvColumn, string>, column: RegisterCsvColumn, maximum: number): Problem[] {
  return cells[column] === '' ? [empty(column)] : tooLong(cells, column, maximum);
}

function conflict(column: RegisterCsvColumn, value: string, otherRow: number): Problem {
  return {
    column,
    rule: 'value_conflict',
    message: `Says otherwise than row ${otherRow} about the same ${column === 'areas' || column === 'priority' ? 'recommendation' : 'audit'}.`,
    params: { value, otherRow },
  };
}
