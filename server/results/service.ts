import type { Kysely, Transaction } from 'kysely';
import type { SessionUser } from '../../shared/api/auth';
import type {
  Aggregates,
  AreaAggregate,
  Crosstab,
  ResultFilters,
  StatusList,
  Trends,
} from '../../shared/api/results';
import type { QuestionBank } from '../../shared/question-bank/types';
import type { Database } from '../db/schema';
import { badRequest } from '../errors';
import { loadQuestionBank } from '../question-bank/repository';
import { listRounds, type RoundRecord } from '../rounds/repository';
import { findVisibleRound } from '../rounds/service';
import type { ResultsCache } from './cache';
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

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Small groups are never shown: when fewer organisations' responses are
 * counted than the threshold, every count except the group size is withheld,
 * so no single organisation's answers can be read out of a filtered view.
 */
export const isSuppressed = (counted: number, threshold: number) => counted < threshold;

export async function bankOf(db: Db, round: RoundRecord): Promise<QuestionBank> {
  const bank = await loadQuestionBank(db, round.bankVersionId);
  if (!bank) throw new Error(`Question bank ${round.bankVersionId} of round ${round.year} is missing`);
  return bank;
}

const NO_STATUS = (year: number): StatusCounts => ({ year, invited: 0, submitted: 0, draft: 0, counted: 0 });

export async function computeAggregates(db: Db, round: RoundRecord, filters: ResultFilters, threshold: number): Promise<Aggregates> {
  const bank = await bankOf(db, round);
  const [status = NO_STATUS(round.year)] = await countStatuses(db, round.id, filters);
  const suppressed = isSuppressed(status.counted, threshold);
  const rows = suppressed ? [] : await aggregateAreas(db, round.id, filters);
  return {
    year: round.year,
    invited: status.invited,
    responses: suppressed ? null : { submitted: status.submitted, draft: status.draft, notStarted: status.invited - status.submitted - status.draft },
    suppressed,
    areas: bank.areas.map((area) =>
      suppressed ? suppressedArea(area.key) : areaAggregate(area.key, area.followup.options.map((o) => o.key), rows),
    ),
  };
}

const suppressedArea = (key: string): AreaAggregate => ({ key, answered: null, yes: null, no: null, followup: null, levels: null });

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
  };
}

/**
 * computeAggregates, answered from the results cache while nothing it reads
 * has changed. Never mutate the result. The round record may be older than
 * the stamp the cache reads; what aggregates take from it (id, year, bank
 * version) never changes.
 */
export function cachedAggregates(db: Db, cache: ResultsCache, round: RoundRecord, filters: ResultFilters, threshold: number): Promise<Aggregates> {
  return cache.forRound(db, { kind: 'aggregates', roundId: round.id, filters, threshold }, () => computeAggregates(db, round, filters, threshold));
}

export async function getAggregates(db: Db, cache: ResultsCache, user: SessionUser, year: number, filters: ResultFilters, threshold: number) {
  const round = await findVisibleRound(db, year, user);
  return cachedAggregates(db, cache, round, filters, threshold);
}

export type CrosstabQuery = ResultFilters & { a: string; b: string };

export async function getCrosstab(db: Db, cache: ResultsCache, user: SessionUser, year: number, query: CrosstabQuery, threshold: number): Promise<Crosstab> {
  const round = await findVisibleRound(db, year, user);
  return cache.forRound(db, { kind: 'crosstab', roundId: round.id, filters: query, threshold }, () => computeCrosstab(db, round, query, threshold));
}

/** Unknown area keys are a 400 (never cached: a failed computation is not kept). */
export async function computeCrosstab(db: Db, round: RoundRecord, query: CrosstabQuery, threshold: number): Promise<Crosstab> {
  const year = round.year;
  const bank = await bankOf(db, round);
  for (const field of ['a', 'b'] as const) {
    if (!bank.areas.some((area) => area.key === query[field])) {
      throw badRequest(`"${query[field]}" is not an area of the ${year} question bank.`, {
        issues: [{ field: `querystring.${field}`, message: `must be one of ${bank.areas.map((area) => area.key).join(', ')}` }],
      });
    }
  }
  const [status = NO_STATUS(year)] = await countStatuses(db, round.id, query);
  const suppressed = isSuppressed(status.counted, threshold);
  const base = { year, a: query.a, b: query.b, suppressed };
  if (suppressed) return { ...base, cells: null };
  const cells = await crosstabAreas(db, round.id, query, query.a, query.b);
  return { ...base, cells: { 'yes|yes': cells.yes_yes, 'yes|no': cells.yes_no, 'no|yes': cells.no_yes, 'no|no': cells.no_no } };
}

export function getTrends(db: Db, cache: ResultsCache, filters: ResultFilters, threshold: number): Promise<Trends> {
  return cache.acrossRounds(db, { kind: 'trends', filters, threshold }, () => computeTrends(db, filters, threshold));
}

/**
 * Every round that is not a draft, oldest first, each with its own bank's
 * areas. Draft rounds are left out for everyone (administrators included),
 * so the answer is the same for every caller and is cached for all.
 */
export async function computeTrends(db: Db, filters: ResultFilters, threshold: number): Promise<Trends> {
  const rounds = (await listRounds(db, { includeDrafts: false })).reverse();
  const [statuses, rows] = await Promise.all([countStatuses(db, null, filters), trendAreas(db, filters)]);
  const years = await Promise.all(
    rounds.map(async (round) => {
      const bank = await bankOf(db, round);
      const status = statuses.find((s) => s.year === round.year) ?? NO_STATUS(round.year);
      const suppressed = isSuppressed(status.counted, threshold);
      return {
        year: round.year,
        bankVersion: round.bankVersion,
        invited: status.invited,
        counted: suppressed ? null : status.counted,
        suppressed,
        areas: bank.areas.map((area) => {
          const row = rows.find((r) => r.year === round.year && r.area_key === area.key);
          if (suppressed) return { key: area.key, answered: null, yes: null, levels: null };
          return {
            key: area.key,
            answered: row?.answered ?? 0,
            yes: row?.yes ?? 0,
            levels: row ? toLevelCounts(row) : { '1': 0, '2': 0, '3': 0, '4': 0 },
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
