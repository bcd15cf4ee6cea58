import { queryOptions, useQuery } from '@tanstack/react-query';
import { answer, api } from '#web/api/client';
import type { QueryParams } from '#web/api/types';
import { roundsQuery } from '#web/pages/roundsQuery';
import { isOrganisationType } from '#shared/api/organisation-types';
// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { RoundQuestions } from '#shared/api/question-bank';
import type { Aggregates, Crosstab, FilterOptions, StatusList, SuppressedReason, Trends } from '#shared/api/results';

export type { Aggregates, Crosstab, FilterOptions, RoundQuestions, StatusList, SuppressedReason, Trends };

export type Filters = { county?: string; orgType?: string; include?: 'drafts'; attribute?: string; value?: string };

/** Only the filters that are set, as a query string (without "?"): the filters' part of the query keys. */
export function filterQuery(filters: Filters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return new URLSearchParams(entries).toString();
}

type ResultFilters = QueryParams<'/api/rounds/{year}/aggregates'>;

/** The filters that are set, as the API types them (parseFilters in nationalView.ts has already checked their shape). */
export function resultFilters({ county, orgType, include, attribute, value }: Filters): ResultFilters {
  const set = (text: string | undefined) => (text === '' ? undefined : text);
  return { county: set(county), orgType: isOrganisationType(orgType) ? orgType : undefined, include, attribute: set(attribute), value: set(value) };
}

const language = (lang: string) => (lang === 'en' ? 'en' : 'sv');

export const nationalQueries = {
  rounds: roundsQuery,
  areaTexts: (year: number | undefined, lang: string) =>
    queryOptions({
      queryKey: ['questions', year, language(lang)] as const,
      enabled: year !== undefined,
      queryFn: ({ signal }) =>
        answer(api.GET('/api/rounds/{year}/questions', { params: { path: { year: year! }, query: { lang: language(lang) } }, signal })),
      staleTime: Infinity,
    }),
  aggregates: (year: number | undefined, filters: Filters) =>
    queryOptions({
      queryKey: ['aggregates', year, filterQuery(filters)] as const,
      enabled: year !== undefined,
      queryFn: ({ signal }) =>
        answer(api.GET('/api/rounds/{year}/aggregates', { params: { path: { year: year! }, query: resultFilters(filters) }, signal })),
    }),
  trends: (filters: Filters) =>
    queryOptions({
      queryKey: ['trends', filterQuery(filters)] as const,
      queryFn: ({ signal }) => answer(api.GET('/api/results/trends', { params: { query: resultFilters(filters) }, signal })),
    }),
  crosstab: (year: number, filters: Filters, a: string, b: string) =>
    queryOptions({
      queryKey: ['crosstab', year, filterQuery(filters, { a, b })] as const,
      enabled: a !== '' && b !== '',
      queryFn: ({ signal }) =>
        answer(api.GET('/api/rounds/{year}/crosstab', { params: { path: { year }, query: { ...resultFilters(filters), a, b } }, signal })),
    }),
  /** Every invited organisation of the round; the page filters by status and county itself. */
  statusList: (year: number) =>
    queryOptions({
      queryKey: ['response-status', year] as const,
      queryFn: ({ signal }) => answer(api.GET('/api/rounds/{year}/response-status', { params: { path: { year } }, signal })),
    }),
  /** The counties, organisation types and attribute values that exist: the filters' choices (also the status list's counties). */
  filterOptions: () =>
    queryOptions({
      queryKey: ['filter-options'] as const,
      queryFn: ({ signal }) => answer(api.GET('/api/results/filter-options', { signal })),
      staleTime: 5 * 60_000,
    }),
};

export const useRounds = () => useQuery(nationalQueries.rounds());
export const useAreaTexts = (year: number | undefined, lang: string) => useQuery(nationalQueries.areaTexts(year, lang));
export const useAggregates = (year: number | undefined, filters: Filters) => useQuery(nationalQueries.aggregates(year, filters));
export const useTrends = (filters: Filters) => useQuery(nationalQueries.trends(filters));
export const useCrosstab = (year: number, filters: Filters, a: string, b: string) => useQuery(nationalQueries.crosstab(year, filters, a, b));
export const useStatusList = (year: number) => useQuery(nationalQueries.statusList(year));
export const useFilterOptions = () => useQuery(nationalQueries.filterOptions());
