import { sql, type RawBuilder } from 'kysely';
import type { ResponseStatusValue, ResultFilters } from '#shared/api/results';
import type { Db } from '#server/db/sql';
import { countedStatuses, isPartial, levelSumColumns, organisationFilter, type LevelColumns } from './sql';

/**
 * Aggregation happens in PostgreSQL: one grouped query per view. Every count
 * is cast to int in SQL, so pg hands back numbers, not bigint strings.
 */

/** Responses counted for a round (or for every non-draft round when roundId is null) after the filters. */
function countedResponses(roundId: number | null, filters: ResultFilters): RawBuilder<unknown> {
  const round = roundId === null ? sql`rd.state <> 'draft'` : sql`i.round_id = ${roundId}`;
  return sql`
    select r.id as response_id, r.round_id, rd.bank_version_id
    from round_invitation i
    join round rd on rd.id = i.round_id
    join organisation o on o.id = i.organisation_id
    join response r on r.round_id = i.round_id and r.organisation_id = i.organisation_id
    where ${round} and ${countedStatuses(filters)} and ${organisationFilter(filters)}`;
}

/** `draft` counts partial responses only: a draft without any answer is not started. */
export type StatusCounts = { year: number; invited: number; submitted: number; draft: number; counted: number };

/** Invited organisations and their response statuses per round (one round, or all non-draft rounds). */
export async function countStatuses(db: Db, roundId: number | null, filters: ResultFilters): Promise<StatusCounts[]> {
  const round = roundId === null ? sql`rd.state <> 'draft'` : sql`rd.id = ${roundId}`;
  const { rows } = await sql<StatusCounts>`
    select rd.year,
      count(*)::int as invited,
      count(r.id) filter (where r.status = 'submitted')::int as submitted,
      count(r.id) filter (where ${isPartial})::int as draft,
      count(r.id) filter (where ${countedStatuses(filters)})::int as counted
    from round rd
    join round_invitation i on i.round_id = rd.id
    join organisation o on o.id = i.organisation_id
    left join response r on r.round_id = i.round_id and r.organisation_id = i.organisation_id
    where ${round} and ${organisationFilter(filters)}
    group by rd.year
    order by rd.year`.execute(db);
  return rows;
}

export type AreaRow = LevelColumns & {
  area_key: string;
  /** null on the area's total row; the option key on a follow-up row (or null for answers without one). */
  followup: string | null;
  is_total: boolean;
  answered: number;
  yes: number;
  no: number;
};

/**
 * The counted answers grouped by their value (round, area, main, follow-up)
 * as `n`: a few dozen rows per round, so levels are read from the scoring
 * rule per value rather than per answer. Needs the `counted` CTE.
 */
const answerValues = sql`
  select c.round_id, c.bank_version_id, a.area_key, a.main, a.followup, count(*)::int as n
  from counted c
  join answer a on a.response_id = c.response_id
  where a.main is not null
  group by c.round_id, c.bank_version_id, a.area_key, a.main, a.followup`;

/**
 * Per area totals and per (area, follow-up option) counts in one grouped
 * query: GROUPING SETS gives both, told apart by grouping().
 */
export async function aggregateAreas(db: Db, roundId: number, filters: ResultFilters): Promise<AreaRow[]> {
  const { rows } = await sql<AreaRow>`
    with counted as (${countedResponses(roundId, filters)}),
    answer_values as (${answerValues})
    select a.area_key, a.followup,
      grouping(a.followup) = 1 as is_total,
      sum(a.n)::int as answered,
      coalesce(sum(a.n) filter (where a.main = 'yes'), 0)::int as yes,
      coalesce(sum(a.n) filter (where a.main = 'no'), 0)::int as no,
      ${levelSumColumns}
    from answer_values a
    left join scoring_rule sr on sr.bank_version_id = a.bank_version_id
    group by grouping sets ((a.area_key), (a.area_key, a.followup))`.execute(db);
  return rows;
}

export type CrosstabRow = { yes_yes: number; yes_no: number; no_yes: number; no_no: number };

/** Organisations that answered both areas, by their two main answers. */
export async function crosstabAreas(db: Db, roundId: number, filters: ResultFilters, a: string, b: string): Promise<CrosstabRow> {
  const { rows } = await sql<CrosstabRow>`
    with counted as (${countedResponses(roundId, filters)})
    select
      count(*) filter (where x.main = 'yes' and y.main = 'yes')::int as yes_yes,
      count(*) filter (where x.main = 'yes' and y.main = 'no')::int as yes_no,
      count(*) filter (where x.main = 'no' and y.main = 'yes')::int as no_yes,
      count(*) filter (where x.main = 'no' and y.main = 'no')::int as no_no
    from counted c
    join answer x on x.response_id = c.response_id and x.area_key = ${a}
    join answer y on y.response_id = c.response_id and y.area_key = ${b}
    where x.main is not null and y.main is not null`.execute(db);
  return rows[0]!;
}

export type TrendRow = LevelColumns & { year: number; area_key: string; answered: number; yes: number };

/** Per non-draft round and area: answered, yes and levels, each round scored by its own rule. */
export async function trendAreas(db: Db, filters: ResultFilters): Promise<TrendRow[]> {
  const { rows } = await sql<TrendRow>`
    with counted as (${countedResponses(null, filters)}),
    answer_values as (${answerValues})
    select rd.year, a.area_key,
      sum(a.n)::int as answered,
      coalesce(sum(a.n) filter (where a.main = 'yes'), 0)::int as yes,
      ${levelSumColumns}
    from answer_values a
    join round rd on rd.id = a.round_id
    left join scoring_rule sr on sr.bank_version_id = a.bank_version_id
    group by rd.year, a.area_key
    order by rd.year`.execute(db);
  return rows;
}

export type StatusListRow = {
  id: number;
  code: string;
  name: string;
  county_code: string | null;
  county_name: string | null;
  status: ResponseStatusValue;
  areas_answered: number;
  submitted_at: Date | null;
  last_activity_at: Date | null;
};

export type StatusListFilter = Pick<ResultFilters, 'county' | 'orgType'> & { status?: ResponseStatusValue | undefined };

/** Every invited organisation with how far it has come, for follow-up calls. */
export async function listResponseStatus(db: Db, roundId: number, filter: StatusListFilter): Promise<StatusListRow[]> {
  const status = sql`coalesce(r.status, 'not_started')`;
  const statusCondition = filter.status === undefined ? sql`true` : sql`${status} = ${filter.status}`;
  const { rows } = await sql<StatusListRow>`
    select o.id, o.code, o.name, o.county_code, co.name as county_name,
      ${status} as status,
      (select count(*)::int from answer a where a.response_id = r.id and a.main is not null) as areas_answered,
      r.submitted_at,
      greatest(r.updated_at, (select max(a.updated_at) from answer a where a.response_id = r.id)) as last_activity_at
    from round_invitation i
    join organisation o on o.id = i.organisation_id
    left join county co on co.code = o.county_code
    left join response r on r.round_id = i.round_id and r.organisation_id = i.organisation_id
    where i.round_id = ${roundId} and ${organisationFilter(filter)} and ${statusCondition}
    order by o.name, o.code`.execute(db);
  return rows;
}

/** The filter values that exist: counties and types with organisations, every attribute with its values. */
export async function listFilterOptions(db: Db) {
  const [counties, types, attributes] = await Promise.all([
    db
      .selectFrom('county')
      .select(['code', 'name'])
      .where((eb) => eb.exists(eb.selectFrom('organisation').select('id').whereRef('organisation.county_code', '=', 'county.code')))
      .orderBy('code')
      .execute(),
    db.selectFrom('organisation').select('type').distinct().orderBy('type').execute(),
    db.selectFrom('organisation_attribute').select(['attribute', 'value']).distinct().orderBy('attribute').orderBy('value').execute(),
  ]);
  const byName = new Map<string, string[]>();
  for (const { attribute, value } of attributes) byName.set(attribute, [...(byName.get(attribute) ?? []), value]);
  return {
    counties,
    orgTypes: types.map((t) => t.type),
    attributes: [...byName].map(([name, values]) => ({ name, values })),
  };
}
