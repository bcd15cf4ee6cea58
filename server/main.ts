import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { resolveDatabase } from '#server/db/database-url';
import { takeSignalsFromEmbeddedPostgres, type EmbeddedDatabase } from '#server/db/embedded';
import { createKysely, logIdleClientErrors } from '#server/db/plugin';
import { prepareDatabase } from '#server/seed/prepare';
import { exitWhenUnreachable, superviseEmbeddedDatabase } from '#server/db/supervisor';
import { CLIENT_TIMEOUT_MARGIN_MS, poolOptions } from '#server/db/timeouts';

const consoleLogger = {
  info: (msg: string) => console.log(msg),
  warn: (msg: string) => console.warn(msg),
  error: (msg: string) => console.error(msg),
};

/** A fast shutdown of the embedded PostgreSQL takes well under a second; a stalled one never ends. */
const EMBEDDED_STOP_TIMEOUT_MS = 3000;
/** What the process needs after closing to exit, kept free within the grace delay (a busy machine's timers run late). */
const EXIT_MARGIN_MS = 1000;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  takeSignalsFromEmbeddedPostgres();

  let app: FastifyInstance | undefined;
  let embedded: EmbeddedDatabase | undefined;
  let stopSupervising = () => undefined as void;
  let closing: Promise<void> | undefined;
  // In-flight requests end within a statement timeout (a stall answers 503 by then); then PostgreSQL stops.
  const delay = config.dbStatementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS + EMBEDDED_STOP_TIMEOUT_MS + 1500;
  // In order: stop serving and let requests finish (each bounded by the database timeouts), close the pool, stop PostgreSQL.
  const close = () =>
    (closing ??= (async () => {
      const deadline = Date.now() + delay - EXIT_MARGIN_MS;
      stopSupervising();
      if (app) await closeApp(app);
      // What the grace delay has left: a drain slowed by a busy machine leaves the stop less, so the process still
      // exits by itself (0) within the delay instead of being killed at it (1).
      const stopTimeoutMs = Math.max(0, Math.min(EMBEDDED_STOP_TIMEOUT_MS, deadline - Date.now()));
      if (embedded && !(await embedded.stopWithin(stopTimeoutMs))) {
        console.error(`Embedded PostgreSQL did not stop within ${stopTimeoutMs} ms; it gets a fast shutdown as this process exits`);
      }
    })());
  closeWithGrace({ delay, logger: { error: (message: unknown) => console.error(message) } }, async ({ signal, err }) => {
    if (err) console.error('Shutting down after an unexpected error:', err);
    else if (signal) (app?.log ?? consoleLogger).info(`${signal} received, shutting down`);
    await close();
  });

  // The database is gone for good: exit non-zero within the grace delay, so a supervisor starts us afresh.
  let givenUp = false;
  const giveUp = (reason: string) => {
    if (givenUp) return;
    givenUp = true;
    console.error(`${reason}; exiting so that the process supervisor restarts the app`);
    setTimeout(() => process.exit(1), delay);
    void close().finally(() => process.exit(1));
  };

  try {
    const database = await resolveDatabase(config, consoleLogger);
    embedded = database.embedded;
    app = await buildApp({ config, databaseUrl: database.url, serveClient: true, logger: { level: config.logLevel } });
    await app.ready();
    await prepare(database.url, config, app);
    const stopRestarting = embedded
      ? superviseEmbeddedDatabase(embedded, consoleLogger, giveUp, config.embeddedDbRestartDeadlineS * 1000)
      : () => undefined;
    const stopProbing = exitWhenUnreachable(app.db, config.dbUnreachableExitS, giveUp);
    stopSupervising = () => {
      stopRestarting();
      stopProbing();
    };
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is in use: stop the other program or set PORT.`);
    }
    await close();
    process.exit(1);
  }
}

/**
 * Closes the app: no new requests, the running ones finish, then the pool
 * ends. Fastify closes the keep-alive connections that are idle when closing
 * starts; those whose request was still running would stay open until their
 * keep-alive timeout, so they are closed as soon as they fall idle too.
 */
async function closeApp(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  try {
    await app.close();
  } catch (error) {
    app.log.error({ err: error }, 'error closing app');
  } finally {
    clearInterval(sweep);
  }
}

/** Migrations and seeding may run long: on their own connections, with DB_LONG_STATEMENT_TIMEOUT_MS. */
async function prepare(url: string, config: Config, app: FastifyInstance): Promise<void> {
  const long = config.dbLongStatementTimeoutMs;
  const pool = new pg.Pool({ ...poolOptions(url, { ...config, dbStatementTimeoutMs: long, dbLockTimeoutMs: long }), max: 4 });
  logIdleClientErrors(pool, app.log);
  const db = createKysely(pool, long);
  try {
    await prepareDatabase(db, config, app.log);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
