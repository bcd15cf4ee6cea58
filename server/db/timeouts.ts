import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type Kysely, type Transaction } from 'kysely';
import type pg from 'pg';
import type { Config } from '#server/config';
import type { Database } from './schema';

export type DatabaseTimeouts = Pick<Config, 'dbStatementTimeoutMs' | 'dbLockTimeoutMs' | 'dbAcquireTimeoutMs' | 'dbLongStatementTimeoutMs'>;

/**
 * How much longer than the server's statement_timeout the client waits for an
 * answer. PostgreSQL normally cancels first and the connection stays usable;
 * the client's own timeout is for a server that cannot answer at all (stalled,
 * or gone without closing the socket), and it discards the connection.
 */
export const CLIENT_TIMEOUT_MARGIN_MS = 500;

/** A transaction left idle this long (a stalled or killed app instance holding locks) is ended by PostgreSQL. */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

/** pg Pool options that bound every wait on the database: acquiring, connecting, each statement, each lock. */
export function poolOptions(connectionString: string, timeouts: DatabaseTimeouts): pg.PoolConfig {
  const settings = sessionSettings({
    statementTimeoutMs: timeouts.dbStatementTimeoutMs,
    lockTimeoutMs: timeouts.dbLockTimeoutMs,
    idleInTransactionTimeoutMs: IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  return {
    connectionString,
    max: 20,
    idleTimeoutMillis: 30_000,
    // Waiting for a free pooled client and establishing a new connection alike.
    connectionTimeoutMillis: timeouts.dbAcquireTimeoutMs,
    query_timeout: timeouts.dbStatementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
    // Set with SET rather than as startup parameters, which PgBouncer refuses unless told to ignore them.
    onConnect: async (client) => {
      await client.query(settings);
    },
  };
}

type Limits = { statementTimeoutMs: number; lockTimeoutMs: number; idleInTransactionTimeoutMs: number };

function sessionSettings(limits: Limits, scope: 'session' | 'local' = 'session'): string {
  const set = scope === 'local' ? 'set local' : 'set';
  const ms = (value: number) => String(Math.floor(value));
  return [
    `${set} statement_timeout = ${ms(limits.statementTimeoutMs)}`,
    `${set} lock_timeout = ${ms(limits.lockTimeoutMs)}`,
    `${set} idle_in_transaction_session_timeout = ${ms(limits.idleInTransactionTimeoutMs)}`,
  ].join('; ');
}

const longLimits = new WeakMap<Kysely<Database>, number>();
const DEFAULT_LONG_STATEMENT_TIMEOUT_MS = 600_000;

/** Records the long limit withLongStatementTimeout uses for this Kysely instance (DB_LONG_STATEMENT_TIMEOUT_MS). */
export function setLongStatementTimeout(db: Kysely<Database>, timeoutMs: number): void {
  longLimits.set(db, timeoutMs);
}

const clientTimeoutOverride = new AsyncLocalStorage<number>();

/** The client-side query timeout for statements run in the current async context, when raised. */
export function currentClientTimeoutOverride(): number | undefined {
  return clientTimeoutOverride.getStore();
}

/**
 * Long runs under way. Once run, an AsyncLocalStorage keeps Node's promise
 * hooks on for the whole process, and every promise of every request pays
 * for them (a few per cent of the autosave's CPU: bench/RESULTS.md, session
 * 13); disabled again when no long run is left, they are off until the next.
 */
let longRuns = 0;

/**
 * Runs `work` in a transaction whose statements may run for the long limit
 * (DB_LONG_STATEMENT_TIMEOUT_MS, default 10 minutes) instead of
 * DB_STATEMENT_TIMEOUT_MS: for administrative work such as response imports
 * and exports. `SET LOCAL` ends with the transaction, so the pooled
 * connection goes back with the normal limits; the client-side timeout is
 * raised for the statements of this transaction only.
 */
export function withLongStatementTimeout<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const timeoutMs = longLimits.get(db) ?? DEFAULT_LONG_STATEMENT_TIMEOUT_MS;
  const local = sessionSettings({ statementTimeoutMs: timeoutMs, lockTimeoutMs: timeoutMs, idleInTransactionTimeoutMs: timeoutMs }, 'local');
  longRuns += 1;
  return clientTimeoutOverride
    .run(timeoutMs + CLIENT_TIMEOUT_MARGIN_MS, () =>
      db.transaction().execute(async (trx) => {
        await sql.raw(local).execute(trx);
        return work(trx);
      }),
    )
    .finally(() => {
      longRuns -= 1;
      if (longRuns === 0) clientTimeoutOverride.disable();
    });
}
