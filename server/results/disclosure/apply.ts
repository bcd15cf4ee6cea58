import type { Aggregates, AreaAggregate, Crosstab, ResultFilters, SuppressedReason, Trends } from '#shared/api/results';
import type { Decide } from './control';
import type { ViewFilters } from './engine';

/**
 * Exact figures in, the figures this audience may see out: a withheld
 * figure becomes null with its reason, never 0. Every output (API, exports,
 * comparisons) passes through here.
 */

export function viewOf(filters: ResultFilters): ViewFilters {
  return {
    orgType: filters.orgType,
    county: filters.county,
    attribute: filters.attribute,
    value: filters.value,
    basis: filters.include === 'drafts' ? 'published' : 'submitted',
  };
}

const shown = { suppressed: false, suppressedReason: null } as const;
const hidden = (reason: SuppressedReason) => ({ suppressed: true, suppressedReason: reason });

export function controlAggregates(raw: Aggregates, filters: ResultFilters, decide: Decide): Aggregates {
  const view = viewOf(filters);
  const group = decide(view, { kind: 'responses' });
  return {
    ...raw,
    responses: group ? null : raw.responses,
    ...(group ? hidden(group) : shown),
    areas: raw.areas.map((area) => controlArea(area, decide(view, { kind: 'area', area: area.key }))),
  };
}

function controlArea(area: AreaAggregate, reason: SuppressedReason | null): AreaAggregate {
  if (!reason) return { ...area, ...shown };
  return { key: area.key, answered: null, yes: null, no: null, followup: null, levels: null, ...hidden(reason) };
}

export function controlCrosstab(raw: Crosstab, filters: ResultFilters, decide: Decide): Crosstab {
  const reason = decide(viewOf(filters), { kind: 'both', a: raw.a, b: raw.b });
  return reason ? { ...raw, cells: null, ...hidden(reason) } : { ...raw, ...shown };
}

type TrendYear = Trends['years'][number];

export function controlTrendYear(raw: TrendYear, filters: ResultFilters, decide: Decide): TrendYear {
  const view = viewOf(filters);
  const group = decide(view, { kind: 'responses' });
  return {
    ...raw,
    counted: group ? null : raw.counted,
    ...(group ? hidden(group) : shown),
    areas: raw.areas.map((area) => {
      const reason = decide(view, { kind: 'area', area: area.key });
      return reason ? { key: area.key, answered: null, yes: null, levels: null, ...hidden(reason) } : { ...area, ...shown };
    }),
  };
}
