import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';
// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { RoundQuestions } from '../../../../shared/api/question-bank';
import type { Aggregates, Crosstab, FilterOptions, StatusList, SuppressedReason, Trends } from '../../../../shared/api/results';
import type { Round } from '../../../../shared/api/rounds';

export type { Aggregates, Crosstab, FilterOptions, RoundQuestions, StatusList, SuppressedReason, Trends };

export type Filters = { county?: string; orgType?: string; include?: 'drafts'; attribute?: string; value?: string };

/** Only the filters that are set, as a query string (without "?"). */
export function filterQuery(filters: Filters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return new URLSearchParams(entries).toString();
}

const get =
  <T>(url: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    apiGet<T>(url, undefined, { signal });

export function useRounds() {
  return useQuery({ queryKey: ['rounds'], queryFn: get<{ rounds: Round[] }>('/api/rounds') });
}

export function useAreaTexts(year: number | undefined, lang: string) {
  const language = lang === 'en' ? 'en' : 'sv';
  return useQuery({
    queryKey: ['questions', year, language],
    enabled: year !== undefined,
    queryFn: get<RoundQuestions>(`/api/rounds/${year}/questions?lang=${language}`),
    staleTime: Infinity,
  });
}

export function useAggregates(year: number | undefined, filters: Filters) {
  const query = filterQuery(filters);
  return useQuery({
    queryKey: ['aggregates', year, query],
    enabled: year !== undefined,
    queryFn: get<Aggregates>(`/api/rounds/${year}/aggregates?${query}`),
  });
}

export function useTrends(filters: Filters) {
  const query = filterQuery(filters);
  return useQuery({ queryKey: ['trends', query], queryFn: get<Trends>(`/api/results/trends?${query}`) });
}

export function useCrosstab(year: number, filters: Filters, a: string, b: string) {
  const query = filterQuery(filters, { a, b });
  return useQuery({
    queryKey: ['crosstab', year, query],
    enabled: a !== '' && b !== '',
    queryFn: get<Crosstab>(`/api/rounds/${year}/crosstab?${query}`),
  });
}

/** Every invited organisation of the round; the page filters by status and county itself. */
export function useStatusList(year: number) {
  return useQuery({ queryKey: ['response-status', year], queryFn: get<StatusList>(`/api/rounds/${year}/response-status`) });
}

/** The counties, organisation types and attribute values that exist: the filters' choices (also the status list's counties). */
export function useFilterOptions() {
  return useQuery({ queryKey: ['filter-options'], queryFn: get<FilterOptions>('/api/results/filter-options'), staleTime: 5 * 60_000 });
}

export function formatShare(part: number | null, whole: number | null, language: string): string {
  if (part === null || !whole) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
}
