import ExcelJS from 'exceljs';
import type { Aggregates, ResultFilters } from '#shared/api/results';
import type { Language } from '#shared/question-bank/schema';
import type { QuestionBank } from '#shared/question-bank/types';
import { writeCsv } from '#server/http/csv';

/**
 * Aggregates as files. They are built from the same object the API answers,
 * after disclosure control: a withheld figure is an empty cell with its
 * reason, never a 0. Text cells are spreadsheet-safe (writeCsv).
 */

/** Tidy long format, one count per line: easy to pivot and stable when areas or options change. */
export const AGGREGATE_CSV_COLUMNS = ['year', 'filters', 'suppressed', 'area', 'measure', 'category', 'count', 'suppressed_reason'] as const;

export function describeFilters(filters: ResultFilters): string {
  const parts = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`);
  return parts.join('&');
}

type Withheld = { suppressed: boolean; suppressedReason: string | null };

/** One count of an aggregate in long format; `count` null (withheld) with the reason of its figure. */
export type CountRow = { area: string; measure: string; category: string; count: number | null; suppressedReason: string | null };

/**
 * Every count of one view, one per row: invited, the response statuses,
 * then per area answered, main yes/no, each follow-up option and each
 * level. Shared by the analysts' export and open data. A withheld area has
 * no follow-up object: `followupOptions` (the bank's option keys) keeps its
 * option rows, as empty cells, so every file of a round has the same rows.
 */
export function aggregateCountRows(aggregates: Aggregates, followupOptions?: (areaKey: string) => readonly string[]): CountRow[] {
  const row = (figure: Withheld, area: string, measure: string, category: string, count: number | null | undefined): CountRow => ({
    area,
    measure,
    category,
    count: count ?? null,
    suppressedReason: figure.suppressed ? (figure.suppressedReason ?? '') : null,
  });
  const group: Withheld = aggregates;
  return [
    row({ suppressed: false, suppressedReason: null }, '', 'invited', '', aggregates.invited),
    row(group, '', 'responses', 'submitted', aggregates.responses?.submitted),
    row(group, '', 'responses', 'draft', aggregates.responses?.draft),
    row(group, '', 'responses', 'not_started', aggregates.responses?.notStarted),
    ...aggregates.areas.flatMap((area) => [
      row(area, area.key, 'answered', '', area.answered),
      row(area, area.key, 'main', 'yes', area.yes),
      row(area, area.key, 'main', 'no', area.no),
      ...(followupOptions?.(area.key) ?? Object.keys(area.followup ?? {})).map((option) =>
        row(area, area.key, 'followup', option, area.followup?.[option]),
      ),
      ...(['1', '2', '3', '4'] as const).map((level) => row(area, area.key, 'level', level, area.levels?.[level])),
    ]),
  ];
}

export function aggregatesToCsv(aggregates: Aggregates, filters: ResultFilters): string {
  const rows = aggregateCountRows(aggregates).map((row) => [
    aggregates.year,
    describeFilters(filters),
    row.suppressedReason === null ? 'false' : 'true',
    row.area,
    row.measure,
    row.category,
    row.count ?? '',
    row.suppressedReason ?? '',
  ]);
  return writeCsv([[...AGGREGATE_CSV_COLUMNS], ...rows]);
}

const HEADINGS = {
  sv: {
    summary: 'Sammanfattning',
    areas: 'Områden',
    year: 'År',
    filters: 'Urval',
    none: 'Alla',
    suppressed: 'Visas inte',
    reasons: {
      small_group: 'för få organisationer',
      differencing: 'skulle tillsammans med andra siffror avslöja en liten grupp',
      open_round: 'omgången pågår',
    },
    invited: 'Inbjudna',
    submitted: 'Inskickade svar',
    draft: 'Påbörjade, ej inskickade',
    notStarted: 'Ej påbörjade',
    area: 'Område',
    answered: 'Besvarat (n)',
    yes: 'Ja',
    no: 'Nej',
    yesOfAnswered: 'Andel ja av dem som svarat',
    yesOfInvited: 'Andel ja av alla inbjudna',
    level: 'Nivå',
    followup: 'Följdfråga',
    option: 'Svarsalternativ',
    count: 'Antal',
  },
  en: {
    summary: 'Summary',
    areas: 'Areas',
    year: 'Year',
    filters: 'Filters',
    none: 'All',
    suppressed: 'Not shown',
    reasons: {
      small_group: 'too few organisations',
      differencing: 'together with other figures it would reveal a small group',
      open_round: 'the round is still open',
    },
    invited: 'Invited',
    submitted: 'Submitted responses',
    draft: 'Started, not submitted',
    notStarted: 'Not started',
    area: 'Area',
    answered: 'Answered (n)',
    yes: 'Yes',
    no: 'No',
    yesOfAnswered: 'Share yes of those who answered',
    yesOfInvited: 'Share yes of all invited',
    level: 'Level',
    followup: 'Follow-up',
    option: 'Option',
    count: 'Count',
  },
} as const;

const share = (part: number | null, whole: number | null) => (part === null || !whole ? null : part / whole);

/** A workbook for people: a summary sheet and one row per area with both yes-share denominators labelled. */
export async function aggregatesToXlsx(aggregates: Aggregates, filters: ResultFilters, bank: QuestionBank, lang: Language): Promise<Buffer> {
  const h = HEADINGS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mognad';
  const summary = workbook.addWorksheet(h.summary);
  summary.columns = [{ width: 40 }, { width: 20 }];
  summary.addRows([
    [h.year, aggregates.year],
    [h.filters, describeFilters(filters) || h.none],
    [h.invited, aggregates.invited],
    [h.submitted, aggregates.responses?.submitted ?? null],
    [h.draft, aggregates.responses?.draft ?? null],
    [h.notStarted, aggregates.responses?.notStarted ?? null],
  ]);
  if (aggregates.suppressedReason) summary.addRow([h.suppressed, h.reasons[aggregates.suppressedReason]]);
  summary.getColumn(1).font = { bold: true };

  const sheet = workbook.addWorksheet(h.areas);
  const optionKeys = (key: string) => bank.areas.find((a) => a.key === key)?.followup.options ?? [];
  sheet.addRow([
    h.area,
    h.answered,
    h.yes,
    h.no,
    h.yesOfAnswered,
    h.yesOfInvited,
    ...[1, 2, 3, 4].map((level) => `${h.level} ${level}`),
    h.suppressed,
  ]).font = { bold: true };
  for (const area of aggregates.areas) {
    const title = bank.areas.find((a) => a.key === area.key)?.title[lang] ?? area.key;
    sheet.addRow([
      title,
      area.answered,
      area.yes,
      area.no,
      share(area.yes, area.answered),
      share(area.yes, aggregates.invited),
      ...(['1', '2', '3', '4'] as const).map((level) => area.levels?.[level] ?? null),
      area.suppressedReason ? h.reasons[area.suppressedReason] : null,
    ]);
  }
  sheet.getColumn(1).width = 45;
  for (const column of [5, 6]) sheet.getColumn(column).numFmt = '0%';

  const followups = workbook.addWorksheet(h.followup);
  followups.addRow([h.area, h.option, h.count]).font = { bold: true };
  for (const area of aggregates.areas) {
    const title = bank.areas.find((a) => a.key === area.key)?.title[lang] ?? area.key;
    for (const option of optionKeys(area.key)) followups.addRow([title, option.label[lang], area.followup?.[option.key] ?? null]);
  }
  followups.getColumn(1).width = 45;
  followups.getColumn(2).width = 35;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
