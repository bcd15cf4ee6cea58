import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { guardAcquired, guardedQuery, releaseGuarded } from './guarded-client';

/**
 * Kysely sends every statement unnamed, so PostgreSQL parses and plans it
 * anew each time — and for the statements every request runs (the session
 * lookup, the autosave's read and write) planning costs more than executing
 * (bench/RESULTS.md). Like pgJDBC's prepareThreshold, a statement text run
 * often becomes a named prepared statement on each connection that runs it,
 * so each connection parses it once and PostgreSQL may reuse its plan.
 */

/** Runs of one statement text before it is prepared: one-off statements (imports, migrations) never are. */
export const PREPARE_AFTER = 3;
/** Prepared statements kept per connection; statements beyond run unnamed as before. */
export const MAX_PREPARED_PER_CONNECTION = 200;
/** Statement texts whose runs are counted; the counts start over past it. */
const MAX_COUNTED_TEXTS = 5_000;

type SeenText = { runs: number; name?: string };
const seen = new Map<string, SeenText>();
const preparedNames = new WeakMap<pg.PoolClient, Set<string>>();

/** The statement name for a text: stable across connections and processes. */
export const statementName = (text: string) => `mognad_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/** Counts a run of the text; its statement name once it has run often enough to be prepared. */
function preparableName(text: string): string | undefined {
  let entry = seen.get(text);
  if (!entry) {
    if (seen.size >= MAX_COUNTED_TEXTS) seen.clear();
    seen.set(text, (entry = { runs: 0 }));
  }
  if (entry.name !== undefined) return entry.name;
  entry.runs += 1;
  if (entry.runs >= PREPARE_AFTER) entry.name = statementName(text);
  return entry.name;
}

/** The name to run this statement under on this connection, or undefined to run it unnamed. */
function nameFor(client: pg.PoolClient, text: string, parameterCount: number): string | undefined {
  // Without parameters pg uses the simple protocol (begin, commit, multi-statement scripts): leave those alone.
  if (parameterCount === 0) return undefined;
  const name = preparableName(text);
  if (name === undefined) return undefined;
  let prepared = preparedNames.get(client);
  if (!prepared) preparedNames.set(client, (prepared = new Set()));
  if (prepared.has(name)) return name;
  if (prepared.size >= MAX_PREPARED_PER_CONNECTION) return undefined;
  prepared.add(name);
  return name;
}

function withPreparedStatements(client: pg.PoolClient): PostgresPoolClient {
  return {
    query: ((textOrCursor: unknown, parameters?: readonly unknown[]): unknown => {
      if (typeof textOrCursor !== 'string') return client.query(textOrCursor as pg.Submittable);
      const values = [...(parameters ?? [])];
      const name = nameFor(client, textOrCursor, values.length);
      return guardedQuery(client, name === undefined ? { text: textOrCursor, values } : { name, text: textOrCursor, values });
    }) as unknown as PostgresPoolClient['query'],
    release: () => releaseGuarded(client),
  };
}

/**
 * The pool as Kysely sees it: the same connections, with often-run
 * statements prepared, and a connection the database stopped answering
 * discarded (server/db/guarded-client.ts).
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => withPreparedStatements(guardAcquired(await pool.connect())),
    end: () => pool.end(),
  };
}
