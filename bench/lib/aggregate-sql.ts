import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { Database } from '#server/db/schema';
import { computeAggregates } from '#server/results/service';
import { findRound } from '#server/rounds/repository';

/**
 * The aggregation SQL the aggregates endpoint runs for a round, exactly as
 * the app compiles it (captured from Kysely's log while computing it once):
 * the status counts and the per-area counts, without the question bank load.
 */
export async function aggregateQueries(pool: pg.Pool, year: number): Promise<CompiledQuery[]> {
  const captured: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  const round = await findRound(db, { year });
  if (!round) throw new Error(`no round ${year}`);
  captured.length = 0;
  await computeAggregates(db, round, {});
  return captured.filter((query) => query.sql.includes('round_invitation'));
}
