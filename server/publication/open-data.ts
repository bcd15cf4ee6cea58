import type { OpenDataAggregates } from '#shared/api/open-data';
import type { QuestionBank } from '#shared/question-bank/types';
import { writeCsv } from '#server/http/csv';
import { aggregateCountRows } from '#server/results/export';

/**
 * Open data's files (interfaces §5, docs/open-data.md): stable addresses
 * under /oppna-data, outside /api, built from `publishedFigures`.
 */

export const OPEN_DATA_PATH = '/oppna-data';

export const CC0 = {
  name: 'CC0 1.0 Universal (Public Domain Dedication)',
  url: 'http://creativecommons.org/publicdomain/zero/1.0/',
} as const;

export const OPEN_DATA_FORMATS = {
  json: { file: 'aggregates.json', mediaType: 'application/json', euFileType: 'JSON' },
  csv: { file: 'aggregates.csv', mediaType: 'text/csv', euFileType: 'CSV' },
} as const;
export type OpenDataFormat = keyof typeof OPEN_DATA_FORMATS;

/** PUBLIC_URL without a trailing slash: every address in the catalogue is absolute. */
export const baseUrlOf = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export const catalogUrl = (publicUrl: string) => `${baseUrlOf(publicUrl)}${OPEN_DATA_PATH}/catalog.jsonld`;
export const openDataPageUrl = (publicUrl: string) => `${baseUrlOf(publicUrl)}${OPEN_DATA_PATH}`;

export function openDataFiles(publicUrl: string, year: number) {
  return (Object.keys(OPEN_DATA_FORMATS) as OpenDataFormat[]).map((format) => ({
    format,
    mediaType: OPEN_DATA_FORMATS[format].mediaType,
    url: `${baseUrlOf(publicUrl)}${OPEN_DATA_PATH}/${year}/${OPEN_DATA_FORMATS[format].file}`,
  }));
}

/** The CSV's header, documented in docs/open-data.md: one count per row. */
export const OPEN_DATA_CSV_COLUMNS = ['year', 'group', 'area', 'measure', 'category', 'count', 'suppressed_reason'] as const;

/** Group `SE` for the national figures, the two-digit county code for a county's. */
export const NATIONAL_GROUP = 'SE';

/**
 * The same figures as the JSON, one row per (group, area, measure,
 * category): a withheld count is an empty cell with its reason, never 0.
 * Every group has the same rows (the bank's follow-up options even where an
 * area is withheld). RFC 4180, CRLF, UTF-8 without a byte-order mark,
 * spreadsheet-safe text cells (writeCsv).
 */
export function openDataCsv(figures: OpenDataAggregates, bank: QuestionBank): string {
  const options = new Map(bank.areas.map((area) => [area.key, area.followup.options.map((option) => option.key)]));
  const followupOptions = (areaKey: string) => options.get(areaKey) ?? [];
  const groups = [{ group: NATIONAL_GROUP, aggregates: figures }, ...figures.counties.map((county) => ({ group: county.code, aggregates: county }))];
  const rows = groups.flatMap(({ group, aggregates }) =>
    aggregateCountRows(aggregates, followupOptions).map((row) => [
      figures.year,
      group,
      row.area,
      row.measure,
      row.category,
      row.count ?? '',
      row.suppressedReason ?? '',
    ]),
  );
  return writeCsv([[...OPEN_DATA_CSV_COLUMNS], ...rows]);
}
