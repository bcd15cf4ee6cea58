import type { SessionUser } from '#shared/api/auth';
import type { Aggregates, AreaAggregate, Crosstab, ResultFilters, StatusList, Trends } from '#shared/api/results';
import type { QuestionBank } from '#shared/question-bank/types';
import type { Db } from '#server/db/sql';
import { validationFailed } from '#server/errors';
import { loadQuestionBank } from '#server/question-bank/repository';
import { listRounds, type RoundRecord } from '#server/rounds/repository';
import { findVisibleRound } from '#server/rounds/service';
import { readRoundStamp, type ResultsCache, type RoundStamp } from './cache';
import { controlAggregates, controlCrosstab, controlTrendYear } from '#server/results/disclosure/apply';
import { audienceOf, type Audience, type DisclosureControl } from '#server/results/disclosure/control';
import {
  aggregateAreas,
  countStatuses,
  crosstabAreas,
  listResponseStatus,
  trendAreas,
  type AreaRow,
  type StatusCounts,
  type StatusListFilter,
} from './repository';
import { toLevelCounts } from './sql';

export async function bankOf(db: Db, round: RoundRecord): Promise<QuestionBank> {
  const bank = await loadQuestionBank(db, round.bankVersionId);
  if (!bank) throw new Error(`Question bank ${round.bankVersionId} of round ${round.year} is missing`);
  return bank;
}

const NO_STATUS = (year: number): StatusCounts => ({ year, invited: 0, submitted: 0, draft: 0, counted: 0 });

/**
 * The exact figures of a view. Nothing here is fit to leave the server on
 * its own: callers pass them through disclosure control (./disclosure),
 * which withholds what this audience may not see.
 */
export async function computeAggregates(db: Db, round: RoundRecord, filters: ResultFilters): Promise<Aggregates> {
  const bank = await bankOf(db, round);
  const [status = NO_STATUS(round.year)] = await countStatuses(db, round.id, filters);
  const rows = status.counted === 0 ? [] : await aggregateAreas(db, round.id, filters);
  return {
    year: round.year,
    invited: status.invited,
    responses: { submitted: status.submitted, draft: status.draft, notStarted: status.invited - status.submitted - status.draft },
    suppressed: false,
    suppressedReason: null,
    areas: bank.areas.map((area) =>
      areaAggregate(
        area.key,
        area.followup.options.map((o) => o.key),
        rows,
      ),
    ),
  };
}

/** Every option key is present, zeros included, in the bank's order. */
function areaAggregate(key: string, optionKeys: string[], rows: AreaRow[]): AreaAggregate {
  const mine = rows.filter((r) => r.area_key === key);
  const total = mine.find((r) => r.is_total);
  const followup = Object.fromEntries(optionKeys.map((option) => [option, mine.find((r) => !r.is_total && r.followup === option)?.yes ?? 0]));
  return {
    key,
    answered: total?.answered ?? 0,
    yes: total?.yes ?? 0,
    no: total?.no ?? 0,
    followup,
    levels: total ? toLevelCounts(total) : { '1': 0, '2': 0, '3': 0, '4': 0 },
    suppressed: false,
    suppressedReason: null,
  };
}

/**
 * computeAggregates, answered from the results cache while nothing it reads
 * has changed. Never mutate the result. The round record may be older than
 * the stamp the cache reads; what aggregates take from it (id, year, bank
 * version) never changes.
 */
export function cachedAggregates(db: Db, cache: ResultsCache, round: RoundRecord, filters: ResultFilters, stamp?: RoundStamp): Promise<Aggregates> {
  return cache.forRound(
    db,
    { kind: 'aggregates', roundId: round.id, open: isOpen(round), filters },
    () => computeAggregates(db, round, filters),
    stamp,
  );
}

const isOpen = (round: RoundRecord) => round.state === 'open';

/** A view's figures as this audience may see them; the round's revisions are read once for both. */
export async function controlledAggregates(results: Results, round: RoundRecord, filters: ResultFilters, audience: Audience): Promise<Aggregates> {
  const stamp = await readRoundStamp(results.db, round.id);
  const [raw, decide] = await Promise.all([
    cachedAggregates(results.db, results.cache, round, filters, stamp),
    results.disclosure.decider(results.db, round, audience, stamp),
  ]);
  return controlAggregates(raw, filters, decide);
}

/** What the results services read from: the database, the cache of exact figures and disclosure control. */
export type Results = { db: Db; cache: ResultsCache; disclosure: DisclosureControl };

export async function getAggregates(results: Results, user: SessionUser, year: number, filters: ResultFilters) {
  const round = await findVisibleRound(results.db, year, user);
  return controlledAggregates(results, round, filters, audienceOf(user, 'screen'));
}

export type CrosstabQuery = ResultFilters & { a: string; b: string };

export async function getCrosstab(results: Results, user: SessionUser, year: number, query: CrosstabQuery): Promise<Crosstab> {
  const { db, cache } = results;
  const round = await findVisibleRound(db, year, user);
  const stamp = await readRoundStamp(db, round.id);
  const [raw, decide] = await Promise.all([
    cache.forRound(db, { kind: 'crosstab', roundId: round.id, open: isOpen(round), filters: query }, () => computeCrosstab(db, round, query), stamp),
    results.disclosure.decider(db, round, audienceOf(user, 'screen'), stamp),
  ]);
  return controlCrosstab(raw, query, decide);
}

/** Unknown area keys are a 400 (never cached: a failed computation is not kept). */
export async function computeCrosstab(db: Db, round: RoundRecord, query: CrosstabQuery): Promise<Crosstab> {
  const year = round.year;
  const bank = await bankOf(db, round);
  for (const field of ['a', 'b'] as const) {
    if (!bank.areas.some((area) => area.key === query[field])) {
      throw validationFailed(
        `querystring.${field}`,
        'not_an_area',
        `"${query[field]}" is not an area of the ${year} question bank; use one of ${bank.areas.map((area) => area.key).join(', ')}`,
      );
    }
  }
  const cells = await crosstabAreas(db, round.id, query, query.a, query.b);
  return {
    year,
    a: query.a,
    b: query.b,
    suppressed: false,
    suppressedReason: null,
    cells: { 'yes|yes': cells.yes_yes, 'yes|no': cells.yes_no, 'no|yes': cells.no_yes, 'no|no': cells.no_no },
  };
}

export async function getTrends(results: Results, user: SessionUser, filters: ResultFilters): Promise<Trends> {
  const { db, cache } = results;
  const raw = await cache.acrossRounds(db, { kind: 'trends', filters }, () => computeTrends(db, filters));
  const rounds = await listRounds(db, { includeDrafts: false });
  const audience = audienceOf(user, 'screen');
  const years = await Promise.all(
    raw.years.map(async (year) => {
      const round = rounds.find((r) => r.year === year.year);
      const decide = round ? await results.disclosure.decider(db, round, audience) : () => 'open_round' as const;
      return controlTrendYear(year, filters, decide);
    }),
  );
  return { years };
}

/**
 * Every round that is not a draft, oldest first, each with its own bank's
 * areas. Draft rounds are left out for everyone (administrators included),
 * so the answer is the same for every caller and is cached for all.
 */
export async function computeTrends(db: Db, filters: ResultFilters): Promise<Trends> {
  const rounds = (await listRounds(db, { includeDrafts: false })).reverse();
  const [statuses, rows] = await Promise.all([countStatuses(db, null, filters), trendAreas(db, filters)]);
  const years = await Promise.all(
    rounds.map(async (round) => {
      const bank = await bankOf(db, round);
      const status = statuses.find((s) => s.year === round.year) ?? NO_STATUS(round.year);
      return {
        year: round.year,
        bankVersion: round.bankVersion,
        invited: status.invited,
        counted: status.counted,
        suppressed: false,
        suppressedReason: null,
        areas: bank.areas.map((area) => {
          const row = rows.find((r) => r.year === round.year && r.area_key === area.key);
          return {
            key: area.key,
            answered: row?.answered ?? 0,
            yes: row?.yes ?? 0,
            levels: row ? toLevelCounts(row) : { '1': 0, '2': 0, '3': 0, '4': 0 },
            suppressed: false,
            suppressedReason: null,
          };
        }),
      };
    }),
  );
  return { years };
}

export async function getStatusList(db: Db, user: SessionUser, year: number, filter: StatusListFilter): Promise<StatusList> {
  const round = await findVisibleRound(db, year, user);
  const bank = await bankOf(db, round);
  const rows = await listResponseStatus(db, round.id, filter);
  return {
    year,
    areas: bank.areas.length,
    organisations: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      countyCode: row.county_code,
      countyName: row.county_name,
      status: row.status,
      areasAnswered: row.areas_answered,
      submittedAt: row.submitted_at?.toISOString() ?? null,
      lastActivityAt: row.last_activity_at?.toISOString() ?? null,
    })),
  };
}
