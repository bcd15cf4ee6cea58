import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { ResultFilters } from '#shared/api/results';
import type { Db } from '#server/db/sql';

declare module 'fastify' {
  interface FastifyInstance {
    resultsCache: ResultsCache;
  }
}

/**
 * Exact computed results (aggregates, crosstabs, trends; disclosure control
 * is applied to them per request) kept in memory under the
 * revisions of what they were computed from. Triggers bump a round's revision
 * (results_revision, migrations/202611231500) in the same transaction as any
 * write that can change its results, and the global revision (round_id 0)
 * for writes every round depends on (organisations, attributes, question
 * banks). The stamp is read before computing: a result stored under a stamp
 * is never older than the stamp, and a write committed since has moved it,
 * so the next reader misses and recomputes. Old keys are never read again
 * and age out of the LRU.
 *
 * Views of an open round counting partial responses (`include=drafts`) are
 * keyed by the draft answers' stamp as well, since autosaves bump no revision.
 */
export class ResultsCache {
  readonly #lru: LRUCache<string, object, () => Promise<object>> | undefined;
  #computations = 0;

  constructor(entries: number) {
    this.#lru =
      entries > 0
        ? new LRUCache({
            max: entries,
            // Concurrent misses of one key share one computation; a failed one (a 400) is not kept.
            fetchMethod: (_key, _stale, { context }) => context(),
            // A computation whose entry is evicted meanwhile still answers its callers.
            ignoreFetchAbort: true,
          })
        : undefined;
  }

  /** How many results were computed (missed, or not cacheable) since start: tests and the benchmark read it. */
  get computations(): number {
    return this.#computations;
  }

  /** A view of one round (aggregates, crosstab): valid while the round's and the global revision stand. */
  /**
   * `open`: whether the round takes autosaves (then a view counting drafts
   * is also keyed by the draft answers' stamp); `stamp`: the round's
   * revisions when the caller has just read them.
   */
  async forRound<T extends object>(
    db: Db,
    view: CachedView & { roundId: number; open: boolean },
    compute: () => Promise<T>,
    given?: RoundStamp,
  ): Promise<T> {
    if (!this.#lru) return this.#compute(compute);
    const live = view.open && countsDrafts(view.filters);
    const [stamp, drafts] = await Promise.all([given ?? readRoundStamp(db, view.roundId), live ? readDraftStamp(db, view.roundId) : '']);
    return this.#remember(keyOf({ kind: view.kind, filters: view.filters }, [view.roundId, stamp.round, stamp.global, drafts]), compute);
  }

  /**
   * A view across rounds (trends): valid while no revision moves. Revisions
   * only grow and their rows are never deleted, so their sum moves whenever any does.
   */
  async acrossRounds<T extends object>(db: Db, view: CachedView, compute: () => Promise<T>): Promise<T> {
    if (!this.#lru) return this.#compute(compute);
    const [total, drafts] = await Promise.all([readTotalRevision(db), countsDrafts(view.filters) ? readDraftStamp(db, null) : '']);
    return this.#remember(keyOf(view, [total, drafts]), compute);
  }

  async #remember<T extends object>(key: string, compute: () => Promise<T>): Promise<T> {
    return (await this.#lru!.forceFetch(key, {
      context: () => this.#compute(compute).then(deepFreeze),
    })) as T;
  }

  #compute<T>(compute: () => Promise<T>): Promise<T> {
    this.#computations += 1;
    return compute();
  }
}

/**
 * What a cached result depends on besides the revisions. `filters` is the
 * whole query (area keys of a crosstab included): every field goes into the
 * key, so a filter added later cannot be forgotten there.
 */
export type CachedView = {
  kind: string;
  filters: ResultFilters & Record<string, unknown>;
};

const countsDrafts = (filters: ResultFilters) => filters.include === 'drafts';

function keyOf(view: CachedView, revisions: (number | string)[]): string {
  const filters = Object.entries(view.filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([view.kind, revisions, filters]);
}

export type RoundStamp = { round: number; global: number };

/** The round's revision and the global one, 0 where nothing was ever bumped. */
export async function readRoundStamp(db: Db, roundId: number): Promise<RoundStamp> {
  const { rows } = await sql<RoundStamp>`
    select coalesce(max(revision) filter (where round_id = ${roundId}), 0) as round,
      coalesce(max(revision) filter (where round_id = 0), 0) as global
    from results_revision
    where round_id in (${roundId}, 0)`.execute(db);
  return rows[0]!;
}

/**
 * Draft answers of an open round bump no revision (autosaves would queue on
 * one row per round), so there views counting partial responses are keyed
 * by the draft answers' count and latest change too: any save, insert or
 * delete moves it. Outside an open round they bump the revision
 * (migrations/202612011300).
 */
export async function readDraftStamp(db: Db, roundId: number | null): Promise<string> {
  const round = roundId === null ? sql`true` : sql`r.round_id = ${roundId}`;
  const { rows } = await sql<{ stamp: string }>`
    select count(*)::text || ':' || coalesce(max(a.updated_at)::text, '') as stamp
    from response r join answer a on a.response_id = r.id
    where ${round} and r.status = 'draft'`.execute(db);
  return rows[0]!.stamp;
}

/** The sum of all revisions: moves when any of them does. */
export async function readTotalRevision(db: Db): Promise<number> {
  const { rows } = await sql<{
    total: number;
  }>`select coalesce(sum(revision), 0)::bigint as total from results_revision`.execute(db);
  return rows[0]!.total;
}

/** Cached results are shared between requests: freezing makes a caller's mutation fail loudly instead of leaking. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** One cache per app (so per database), sized by RESULTS_CACHE_ENTRIES. */
export const resultsCachePlugin = fp(
  async (app: FastifyInstance) => {
    app.decorate('resultsCache', new ResultsCache(app.config.resultsCacheEntries));
  },
  { name: 'results-cache' },
);
