import type pg from 'pg';
import { currentClientTimeoutOverride } from './timeouts';

/**
 * A checked-out pg client that the database stopped answering (pg's
 * query_timeout fired: the statement may still be running, or the server is
 * stalled) is still waiting for that statement's end, so every later query
 * on it would queue behind it. Such a client fails its later queries at once
 * (so a transaction's rollback does not wait a second timeout) and is
 * discarded from the pool when released; the pool opens fresh connections
 * once the database answers again.
 */
const broken = new WeakMap<pg.PoolClient, Error>();
const errorListeners = new WeakMap<pg.PoolClient, (error: Error) => void>();

/**
 * Call on every client taken from the pool. The pool listens for errors only
 * while a client is idle; a checked-out client between two statements (in a
 * transaction, say) that loses its server — 57P01 at a shutdown, a killed
 * backend — would otherwise raise an unhandled 'error' event and end the process.
 */
export function guardAcquired(client: pg.PoolClient): pg.PoolClient {
  const listener = (error: Error) => {
    if (!broken.has(client)) broken.set(client, error);
  };
  errorListeners.set(client, listener);
  client.on('error', listener);
  return client;
}

/** Returns the client to the pool, or has the pool discard it when it is broken. */
export function releaseGuarded(client: pg.PoolClient): void {
  const listener = errorListeners.get(client);
  if (listener) client.removeListener('error', listener);
  errorListeners.delete(client);
  const failure = broken.get(client);
  broken.delete(client);
  client.release(failure);
}

export const isClientTimeout = (error: unknown) => error instanceof Error && error.message === 'Query read timeout';

/** Runs one statement with the context's timeout; a statement the server did not answer breaks the client. */
export function guardedQuery(client: pg.PoolClient, query: pg.QueryConfig): Promise<pg.QueryResult> {
  const failure = broken.get(client);
  if (failure) return Promise.reject(failure);
  const timeout = currentClientTimeoutOverride();
  // pg reads a per-query query_timeout from the query config; its types do not declare it.
  const config: pg.QueryConfig = timeout === undefined ? query : ({ ...query, query_timeout: timeout } as pg.QueryConfig);
  return client.query(config).catch((error: unknown) => {
    if (isClientTimeout(error)) broken.set(client, error as Error);
    throw error;
  });
}
