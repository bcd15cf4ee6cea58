import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Round } from '#shared/api/rounds';
import { useFilterOptions, useRounds, type FilterOptions, type Filters } from './nationalApi';

/**
 * The national overview's round and filters live in the query string, in
 * Swedish like the admin lists' `sida`:
 * /nationellt?ar=2025&lan=01&typ=kommun&attribut=kommungrupp&varde=B3&underlag=inskickade.
 * Reload, back/forward and a shared link show the same view.
 */
export const VIEW_PARAMS = { year: 'ar', county: 'lan', orgType: 'typ', attribute: 'attribut', value: 'varde', basis: 'underlag' } as const;
/** `underlag=inskickade`: submitted responses only. Absent (or anything else): the published basis, include=drafts. */
export const SUBMITTED_ONLY = 'inskickade';

const FILTER_PARAMS = [VIEW_PARAMS.county, VIEW_PARAMS.orgType, VIEW_PARAMS.attribute, VIEW_PARAMS.value] as const;

/** Rounds whose answer figures can be shown: an open round shows only response status. */
export const hasFigures = (round: Pick<Round, 'state'>) => round.state === 'closed' || round.state === 'published';

/** The rounds the page offers (no drafts), newest first. */
export function shownRounds(rounds: readonly Round[]): Round[] {
  return rounds.filter((r) => r.state !== 'draft').sort((a, b) => b.year - a.year);
}

/** The newest round with figures; without one, the newest round. */
export function defaultYear(rounds: readonly Round[]): number | undefined {
  return (rounds.find(hasFigures) ?? rounds[0])?.year;
}

/**
 * The filters in the address, each kept only if it has the shape the API
 * accepts and, once the choices are known, is one of them; anything else is
 * dropped quietly (the default), never an error.
 */
export function parseFilters(params: URLSearchParams, options: FilterOptions | undefined): Filters {
  const filters: Filters = {};
  if (params.get(VIEW_PARAMS.basis) !== SUBMITTED_ONLY) filters.include = 'drafts';
  const county = params.get(VIEW_PARAMS.county);
  if (county && /^\d{2}$/.test(county) && (!options || options.counties.some((c) => c.code === county))) filters.county = county;
  const orgType = params.get(VIEW_PARAMS.orgType);
  if (orgType && /^[a-z]{1,30}$/.test(orgType) && (!options || options.orgTypes.includes(orgType as never))) filters.orgType = orgType;
  const attribute = params.get(VIEW_PARAMS.attribute);
  const value = params.get(VIEW_PARAMS.value);
  // Both or neither, as the API requires.
  if (attribute && value && /^[a-z][a-z0-9_]{0,49}$/.test(attribute) && value.length <= 200) {
    const known = options?.attributes.find((a) => a.name === attribute);
    if (!options || known?.values.includes(value)) Object.assign(filters, { attribute, value });
  }
  return filters;
}

/** The address's parameters for these filters; defaults are left out, other parameters kept. */
export function withFilters(current: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(current);
  const entries: [string, string | undefined][] = [
    [VIEW_PARAMS.county, filters.county],
    [VIEW_PARAMS.orgType, filters.orgType],
    [VIEW_PARAMS.attribute, filters.attribute && filters.value ? filters.attribute : undefined],
    [VIEW_PARAMS.value, filters.attribute && filters.value ? filters.value : undefined],
    [VIEW_PARAMS.basis, filters.include === 'drafts' ? undefined : SUBMITTED_ONLY],
  ];
  for (const [key, value] of entries) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function withYear(current: URLSearchParams, year: number): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set(VIEW_PARAMS.year, String(year));
  return next;
}

/**
 * The view the address describes. `ready` waits for the filter choices when
 * the address names a filter, so an unknown value is dropped before any
 * request is made with it. Changing the year or applying filters pushes a
 * history entry.
 */
export function useNationalView() {
  const [params, setParams] = useSearchParams();
  const rounds = useRounds();
  const options = useFilterOptions();
  // The same arrays, objects and functions while nothing they come from changed: the filter form and the report are
  // memos, and the page's queries settling one after the other do not render them again (issue 15).
  const offered = useMemo(() => shownRounds(rounds.data?.rounds ?? []), [rounds.data]);
  const latestWithFigures = offered.find(hasFigures)?.year;
  const wanted = Number(params.get(VIEW_PARAMS.year));
  const year = offered.some((r) => r.year === wanted) ? wanted : defaultYear(offered);
  const namesFilter = FILTER_PARAMS.some((key) => params.has(key));
  const filters = useMemo(() => parseFilters(params, options.data), [params, options.data]);
  // The same function while the address is the same: the report (a memo) does not render again for it.
  const setYear = useCallback((next: number) => setParams((current) => withYear(current, next)), [setParams]);
  const setFilters = useCallback((next: Filters) => setParams((current) => withFilters(current, next)), [setParams]);
  const searchForYear = useCallback((other: number) => `?${withYear(params, other).toString()}`, [params]);
  return {
    rounds,
    offered,
    year,
    latestWithFigures,
    filters,
    ready: !namesFilter || options.data !== undefined || options.isError,
    /** The filter choices have come (or failed): the filter form can show at its final size. */
    choicesSettled: options.data !== undefined || options.isError,
    setYear,
    setFilters,
    /** The query string ("?…") of this view in another round, for a link. */
    searchForYear,
  };
}
