import fastifyPostgres from '@fastify/postgres';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { preparingPool } from './prepared-statements';
import type { Database } from './schema';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
  }
}

// Counts (bigint) come back as numbers, not strings; no count here nears 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createKysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
}

/**
 * Kysely over the pool that @fastify/postgres owns, so closing the app ends
 * the pool exactly once.
 */
export const databasePlugin = fp(
  async (app: FastifyInstance, options: { connectionString: string }) => {
    await app.register(fastifyPostgres, {
      connectionString: options.connectionString,
      max: 20,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server must not crash the process.
    app.pg.pool.on('error', (error: Error & { code?: string }) => {
      // 57P01: the server is shutting down (Ctrl-C reaches PostgreSQL too); expected, not alarming.
      if (error.code === '57P01') app.log.debug('database server shut down an idle connection');
      else app.log.warn({ err: error }, 'idle database client error');
    });
    app.decorate('db', createKysely(app.pg.pool));
  },
  { name: 'database' },
);
