import fastifyPostgres from '@fastify/postgres';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparingPool } from './prepared-statements';
import type { Database } from './schema';
import { poolOptions, setLongStatementTimeout } from './timeouts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
  }
}

// Counts (bigint) come back as numbers, not strings; no count here nears 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createKysely(pool: pg.Pool, longStatementTimeoutMs?: number): Kysely<Database> {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  if (longStatementTimeoutMs !== undefined) setLongStatementTimeout(db, longStatementTimeoutMs);
  return db;
}

/** An idle client losing its server must not crash the process: the pool has already discarded it. */
export function logIdleClientErrors(pool: pg.Pool, log: { debug: (msg: string) => void; warn: (obj: object, msg: string) => void }): void {
  pool.on('error', (error: Error & { code?: string }) => {
    // 57P01: the server is shutting down (Ctrl-C reaches PostgreSQL too); expected, not alarming.
    if (error.code === '57P01') log.debug('database server shut down an idle connection');
    else log.warn({ err: error }, 'idle database client error');
  });
}

/**
 * Kysely over the pool that @fastify/postgres owns, so closing the app ends
 * the pool exactly once.
 */
export const databasePlugin = fp(
  async (app: FastifyInstance, options: { connectionString: string }) => {
    // Every wait on the database is bounded (DB_*_TIMEOUT_MS), so a stalled database gets a 503, not a hung request.
    await app.register(fastifyPostgres, poolOptions(options.connectionString, app.config));
    logIdleClientErrors(app.pg.pool, app.log);
    app.decorate('db', createKysely(app.pg.pool, app.config.dbLongStatementTimeoutMs));
  },
  { name: 'database' },
);
