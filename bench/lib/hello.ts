import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '#server/db/schema';

/**
 * The benchmark's reference routes, registered by the benchmark only and
 * outside /api, so they never exist in the production app:
 * - the throughput ceiling: a route in the same server (same hooks, helmet,
 *   logger settings) that does no work;
 * - the floor of any durable write: one single-row insert committed on its
 *   own (one round trip, one WAL flush), no session, no checks.
 */
export async function helloPlugin(app: FastifyInstance): Promise<void> {
  app.get('/bench/hello', async () => ({ hello: 'world' }));
  // Statements this process has sent PostgreSQL (each one round trip): read before and after a run for round trips per request.
  app.get('/bench/queries', async () => ({ queries: queriesSent }));
  let written = 0;
  app.post('/bench/durable-write', async () => {
    written += 1;
    await sql`insert into bench_durable_write (n) values (${written})`.execute(app.db);
    return { written };
  });
}

/** The durable-write route's table: made once by the benchmark before its servers start (not a migration: it is not the app's). */
export async function createBenchTables(db: Kysely<Database>): Promise<void> {
  await sql`create table bench_durable_write (id bigint generated always as identity primary key, n integer not null)`.execute(db);
}

let queriesSent = 0;

/** Counts every statement any pg client of this process sends (the benchmark's server only). */
export function countQueries(): void {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    queriesSent += 1;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
