import { fork, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '#server/config';
import { startEmbeddedPostgres } from '#server/db/embedded';
import { prepareDatabase } from '#server/seed/prepare';
import type { Database } from '#server/db/schema';
import { createBenchTables } from './hello';
import { freePort } from '../../scripts/free-port';
import { waitForOk } from './ports';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const quiet = { info: () => undefined, warn: console.warn, error: console.error };

export type BenchEnvironment = {
  baseUrl: string;
  /** A second app on the same database with the results cache off: what the first view after a change costs. */
  uncachedUrl: string;
  databaseUrl: string;
  db: Kysely<Database>;
  pool: pg.Pool;
  /** The app's process (the cache-on one) and PostgreSQL's postmaster, for CPU per request (lib/cpu.ts). */
  serverPid: number;
  postmasterPid: number;
  stop: () => Promise<void>;
};

/**
 * A throwaway embedded PostgreSQL in a temp dir, prepared like a real start
 * (without the demo round), and the app with the hello-world route listening
 * on a free loopback port in a child process; a second such process on the
 * same database runs with RESULTS_CACHE_ENTRIES=0.
 */
export async function startEnvironment(options: { postgresSettings?: readonly string[] } = {}): Promise<BenchEnvironment> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-bench-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    logger: quiet,
    persistent: false,
    settings: options.postgresSettings,
  });
  const pool = new pg.Pool({ connectionString: database.url, max: 20 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await prepareDatabase(db, loadConfig({ SEED_DEMO: 'false' }), quiet);
  await createBenchTables(db);

  const port = await freePort();
  const server = startServer(database.url, port);
  const uncachedPort = await freePort();
  // Not profiled: BENCH_CPU_PROFILE is about the app as it runs.
  const uncached = startServer(database.url, uncachedPort, { RESULTS_CACHE_ENTRIES: '0', BENCH_CPU_PROFILE: '' });
  const baseUrl = `http://127.0.0.1:${port}`;
  const uncachedUrl = `http://127.0.0.1:${uncachedPort}`;
  await Promise.all([waitForOk(`${baseUrl}/api/health`, 120_000), waitForOk(`${uncachedUrl}/api/health`, 120_000)]);

  const postmasterPid = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);

  return {
    baseUrl,
    uncachedUrl,
    databaseUrl: database.url,
    db,
    pool,
    serverPid: server.pid!,
    postmasterPid,
    stop: async () => {
      await Promise.all([stopChild(server), stopChild(uncached)]);
      await db.destroy();
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    NODE_ENV: 'production',
    // The bench's analyst and administrator sessions are made directly, without a second factor (docs/decisions/0024).
    MFA_REQUIRED_ROLES: 'none',
    ...extraEnv,
  };
  return fork(path.join(ROOT, 'bench/server.ts'), [], {
    cwd: ROOT,
    // BENCH_CPU_PROFILE=dir writes the server's V8 CPU profile there (open it in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROFILE}`] : [])],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill(signal);
  return exited;
}
