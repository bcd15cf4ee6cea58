import type { CountyAggregates, OpenDataAggregates } from '#shared/api/open-data';
import type { ResultFilters } from '#shared/api/results';
import type { RoundRecord } from '#server/rounds/repository';
import type { Audience } from '#server/results/disclosure/control';
import { controlledAggregates, type Results } from '#server/results/service';

/**
 * The published basis (interfaces §5): every response with answers when
 * the round closed — submitted and partial — each area over those that
 * answered it. `include=drafts` selects exactly that.
 */
export const PUBLISHED_BASIS = { include: 'drafts' } as const satisfies ResultFilters;

/**
 * Who reads published figures: anyone, so possibly a member of a counted
 * organisation (interfaces §6 rule 3, decision 0013: the `member` audience,
 * both N + 1 and N). Never `full`, whoever asks.
 */
export const PUBLIC_AUDIENCE: Audience = 'member';

/**
 * A published round's figures, national and per county (all 21 counties in
 * code order, whether or not any of their organisations was invited), each
 * exactly what `controlledAggregates` answers for the same round, basis and
 * audience. Open data serves these, and the national report its figures.
 * `filters` narrows every group alike (e.g. `{ orgType: 'kommun' }`).
 */
export async function publishedFigures(
  results: Results,
  round: RoundRecord,
  filters: Omit<ResultFilters, 'include' | 'county'> = {},
): Promise<OpenDataAggregates> {
  const counties = await results.db.selectFrom('county').select(['code', 'name']).orderBy('code').execute();
  const basis: ResultFilters = { ...filters, ...PUBLISHED_BASIS };
  const national = await controlledAggregates(results, round, basis, PUBLIC_AUDIENCE);
  // One after the other: 22 views at once would take as many pooled connections from the API.
  const perCounty: CountyAggregates[] = [];
  for (const county of counties) {
    const figures = await controlledAggregates(results, round, { ...basis, county: county.code }, PUBLIC_AUDIENCE);
    perCounty.push({ code: county.code, name: county.name, ...figures });
  }
  return { ...national, counties: perCounty };
}
