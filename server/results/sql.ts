import { sql, type RawBuilder } from 'kysely';
import type { ResultFilters } from '#shared/api/results';

/**
 * An answer's maturity level, read in SQL straight from the round's stored
 * scoring rule (scoring_rule.rule, the versioned data that shared/scoring
 * interprets), so aggregation never needs a second copy of the rule:
 * "no" → areas[key].no, "yes" → areas[key].followup[option], anything else
 * (unanswered, yes without follow-up, unknown key) → null, exactly as
 * scoreArea() in shared/scoring/score.ts. Needs `a` (answer) and `sr`
 * (scoring_rule of the answer's round) in scope.
 */
export const levelOfAnswer = sql<number | null>`(case a.main
  when 'no' then (sr.rule #>> array['areas', a.area_key, 'no'])::int
  when 'yes' then (sr.rule #>> array['areas', a.area_key, 'followup', a.followup])::int
end)`;

/**
 * Count columns level_1..level_4 over `levelOfAnswer`, for rows that are
 * already counted per answer value (`a.n` answers with that area, main and
 * follow-up): the level is read from the rule once per distinct value, not
 * once per answer.
 */
export const levelSumColumns = sql`
  coalesce(sum(a.n) filter (where ${levelOfAnswer} = 1), 0)::int as level_1,
  coalesce(sum(a.n) filter (where ${levelOfAnswer} = 2), 0)::int as level_2,
  coalesce(sum(a.n) filter (where ${levelOfAnswer} = 3), 0)::int as level_3,
  coalesce(sum(a.n) filter (where ${levelOfAnswer} = 4), 0)::int as level_4`;

export type LevelColumns = { level_1: number; level_2: number; level_3: number; level_4: number };

export const toLevelCounts = (row: LevelColumns) => ({ '1': row.level_1, '2': row.level_2, '3': row.level_3, '4': row.level_4 });

/** Conditions on the organisation `o` for the filters; parameters only, never string-built. */
export function organisationFilter(filters: Omit<ResultFilters, 'include'>): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filters.county !== undefined) conditions.push(sql`o.county_code = ${filters.county}`);
  if (filters.orgType !== undefined) conditions.push(sql`o.type = ${filters.orgType}`);
  if (filters.attribute !== undefined && filters.value !== undefined) {
    conditions.push(sql`exists (select 1 from organisation_attribute oa
      where oa.organisation_id = o.id and oa.attribute = ${filters.attribute} and oa.value = ${filters.value})`);
  }
  return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
}

/**
 * A draft with at least one answered main question: a partial response
 * (interfaces §5). A draft with none counts as not started.
 */
export const isPartial = sql<boolean>`(r.status = 'draft' and exists (select 1 from answer pa where pa.response_id = r.id and pa.main is not null))`;

/** Which responses are counted: submitted only, or with `include=drafts` the published basis (submitted and partial). */
export function countedStatuses(filters: Pick<ResultFilters, 'include'>): RawBuilder<boolean> {
  return filters.include === 'drafts' ? sql<boolean>`(r.status = 'submitted' or ${isPartial})` : sql<boolean>`r.status = 'submitted'`;
}
