import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from '../scripts/free-port';
import { SERVER_ENTRY, buildServerIfStale } from '../scripts/server-build.mjs';
import { SERVER_START_TIMEOUT_MS, childrenOf, isAlive, signalProcess } from './support/processes';

/**
 * The real server process on its own embedded PostgreSQL, whose processes
 * are stalled (SIGSTOP), killed (SIGKILL) and stopped under it: every request
 * answers within a few seconds, the app recovers by itself, and it shuts down
 * cleanly whatever state the database is in.
 *
 * The server runs compiled (dist/server/main.js, rebuilt when stale, as test/startup.test.ts): a start
 * under tsx costs about 2 CPU-seconds more, for compiling the sources. The tests that wait out a limit
 * (unreachable database, restart deadline) configure shorter ones than production's, and their bounds
 * follow from what they configured.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const [port, dbPort] = await freePorts();
const base = `http://127.0.0.1:${port}`;
const ADMIN = { email: 'admin@example.se', password: 'a long enough passphrase' };
/** The outage: PostgreSQL stalled for 15 s. */
const STALL_MS = 15_000;
/** Every request must be answered within this long, however long the stall. */
const ANSWER_WITHIN_MS = 6000;
/** server/main.ts: the grace delay on shutdown is the statement timeout, its client margin, the PostgreSQL stop and 1.5 s. */
const graceDelayMs = (statementTimeoutMs: number) => statementTimeoutMs + 500 + 3000 + 1500;
let dataDir: string;
const started: ChildProcess[] = [];

type Server = { child: ChildProcess; stderr: () => string; stdout: () => string };

function startServer(extraEnv: Record<string, string> = {}): Server {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_DB_PORT: String(dbPort),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'fatal',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...extraEnv,
  };
  const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr, stdout: () => stdout };
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (running(child) ? child.once('exit', (code) => resolve(code)) : resolve(child.exitCode)));
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Answer = { path: string; status: number; retryAfter: string | null; ms: number; body: string };

async function request(pathname: string, cookie?: string): Promise<Answer> {
  const start = performance.now();
  const response = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  return { path: pathname, status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - start, body };
}

const healthy = () =>
  request('/api/health').then(
    (a) => a.status === 200,
    () => false,
  );

async function logIn(): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://localhost:${port}` },
    body: JSON.stringify(ADMIN),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** The running postmaster's pid; 0 while there is none (between a death and a restart). */
function postmasterPid(): number {
  try {
    return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || 0;
  } catch {
    return 0;
  }
}

/** The postmaster and its backends and workers, as a stall of the machine or its disk would freeze them. */
function stallPostgres(): () => void {
  const postmaster = postmasterPid();
  const processes = [postmaster, ...childrenOf(postmaster)];
  for (const pid of processes) signalProcess(pid, 'SIGSTOP');
  let resumed = false;
  return () => {
    if (resumed) return;
    resumed = true;
    for (const pid of processes) if (isAlive(pid)) signalProcess(pid, 'SIGCONT');
  };
}

function expectUnavailable(answer: Answer): void {
  expect(answer.status, `${answer.path} answered ${answer.status} ${answer.body}`).toBe(503);
  expect(answer.retryAfter).toMatch(/^\d+$/);
  expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
  if (answer.path !== '/api/health') {
    expect(JSON.parse(answer.body)).toEqual({ error: { code: expect.stringMatching(/^database_/), message: expect.any(String) } });
  }
}

beforeAll(async () => {
  await buildServerIfStale();
  dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-supervision-'));
  await chmod(dataDir, 0o755);
});

afterAll(async () => {
  for (const child of started) if (running(child)) child.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid) {
    if (isAlive(pid)) {
      signalProcess(pid, 'SIGCONT');
      signalProcess(pid, 'SIGINT');
      await until(() => !isAlive(pid), 15_000, 'PostgreSQL stopped').catch(() => undefined);
    }
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('the database under a running server', () => {
  let server: Server;
  let cookie: string;

  it('answers 503 with Retry-After within seconds while PostgreSQL is stalled, and recovers by itself', async () => {
    server = startServer();
    await until(healthy, SERVER_START_TIMEOUT_MS, 'server healthy');
    cookie = await logIn();
    expect((await request('/api/auth/me', cookie)).status).toBe(200);

    const resume = stallPostgres();
    const stalledAt = Date.now();
    try {
      // Waves of requests through the stall: the first ones meet pooled connections whose server froze,
      // later ones new connections that are never accepted. Each wave is answered before the stall ends.
      const waves: Promise<Answer[]>[] = [];
      for (let wave = 0; wave * 2000 + ANSWER_WITHIN_MS < STALL_MS; wave++) {
        await until(() => Date.now() - stalledAt >= wave * 2000, 10_000, 'next wave');
        waves.push(Promise.all([request('/api/health'), request('/api/auth/me', cookie), request('/api/auth/me', cookie), request('/api/health')]));
      }
      const answers = (await Promise.all(waves)).flat();
      await until(() => Date.now() - stalledAt >= STALL_MS, STALL_MS, 'end of the stall');
      resume();

      const worst = Math.max(...answers.map((a) => a.ms));
      console.log(`Stall of ${STALL_MS / 1000} s: ${answers.length} requests, worst answer ${Math.round(worst)} ms`);
      for (const answer of answers) expectUnavailable(answer);
    } finally {
      resume();
    }

    const resumedAt = Date.now();
    await until(healthy, 10_000, 'healthy after the stall');
    expect((await request('/api/auth/me', cookie)).status).toBe(200);
    console.log(`Healthy again ${Date.now() - resumedAt} ms after the stall ended`);
    expect(running(server.child)).toBe(true);
  });

  it('starts a killed PostgreSQL again (or exits non-zero) within 30 s', async () => {
    expect(running(server.child)).toBe(true);
    const killed = postmasterPid();
    signalProcess(killed, 'SIGKILL');
    const killedAt = Date.now();

    await until(
      async () => !running(server.child) || (![0, killed].includes(postmasterPid()) && (await healthy())),
      30_000,
      'serving again or exited',
    );
    const recoveredMs = Date.now() - killedAt;
    if (running(server.child)) {
      console.log(`PostgreSQL killed with SIGKILL: serving 200 again after ${recoveredMs} ms, without a restart of the app`);
      expect((await request('/api/auth/me', cookie)).status).toBe(200);
    } else {
      console.log(`PostgreSQL killed with SIGKILL: the app exited with ${server.child.exitCode} after ${recoveredMs} ms`);
      expect(server.child.exitCode).not.toBe(0);
    }
  });

  it('exits 0 on SIGTERM while requests are in flight, without an unhandled error', async () => {
    if (!running(server.child)) server = startServer();
    await until(healthy, SERVER_START_TIMEOUT_MS, 'server healthy');
    const stderrBefore = server.stderr().length;
    const postmaster = postmasterPid();

    let sending = true;
    let answered = 0;
    const load = Array.from({ length: 8 }, async () => {
      while (sending) {
        await request(Math.random() < 0.5 ? '/api/health' : '/api/auth/me', cookie).catch(() => undefined);
        answered += 1;
      }
    });
    // The load is under way (16 answers in) before the signal, however long that takes on a busy machine.
    await until(() => answered >= 16, 30_000, 'requests under way');
    server.child.kill('SIGTERM');
    const code = await exited(server.child);
    sending = false;
    await Promise.all(load);

    expect(code).toBe(0);
    expect(server.stderr().slice(stderrBefore)).toBe('');
    expect(isAlive(postmaster)).toBe(false);
  });

  it('exits within the grace delay on SIGTERM while PostgreSQL is stalled', async () => {
    // The grace delay follows the statement timeout: 1 s here makes it 6 s instead of 10 s.
    const statementTimeoutMs = 1000;
    // LOG_LEVEL=info: the app logs each request as it arrives, which shows when both are in flight.
    server = startServer({ DB_STATEMENT_TIMEOUT_MS: String(statementTimeoutMs), LOG_LEVEL: 'info' });
    await until(healthy, SERVER_START_TIMEOUT_MS, 'server healthy');
    const resume = stallPostgres();
    try {
      const logBefore = server.stdout().length;
      const inFlight = [request('/api/health'), request('/api/auth/me', cookie)];
      // Both requests are in the app (and so waiting on the stalled database) before the signal.
      const arrived = (url: string) =>
        server
          .stdout()
          .slice(logBefore)
          .split('\n')
          .some((line) => line.includes('"incoming request"') && line.includes(`"url":"${url}"`));
      await until(() => arrived('/api/health') && arrived('/api/auth/me'), 30_000, 'both requests in the app');
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const code = await exited(server.child);
      const tookMs = Date.now() - signalledAt;
      console.log(`SIGTERM during a stall: exited with ${code} after ${tookMs} ms`);
      expect(code, server.stderr()).toBe(0);
      expect(tookMs).toBeLessThan(graceDelayMs(statementTimeoutMs));
      for (const answer of await Promise.all(inFlight.map((p) => p.catch(() => undefined)))) if (answer) expectUnavailable(answer);
    } finally {
      resume();
    }
  });

  it('exits non-zero once the database has not answered for DB_UNREACHABLE_EXIT_S', async () => {
    // A statement timeout of 1 s: the probe that meets the stall gives up after 1.5 s instead of 5.5 s.
    const statementTimeoutMs = 1000;
    server = startServer({ DB_UNREACHABLE_EXIT_S: '3', DB_STATEMENT_TIMEOUT_MS: String(statementTimeoutMs) });
    await until(healthy, SERVER_START_TIMEOUT_MS, 'server healthy');
    const resume = stallPostgres();
    const stalledAt = Date.now();
    try {
      const code = await exited(server.child);
      const tookMs = Date.now() - stalledAt;
      console.log(`Unreachable for DB_UNREACHABLE_EXIT_S=3: exited with ${code} after ${tookMs} ms`);
      expect(code).toBe(1);
      expect(server.stderr()).toContain('DB_UNREACHABLE_EXIT_S');
      // The limit, a probe that runs into the client-side timeout, and the shutdown's grace delay.
      expect(tookMs).toBeLessThan(3000 + statementTimeoutMs + 500 + graceDelayMs(statementTimeoutMs));
    } finally {
      resume();
    }
  });

  it('exits non-zero within the restart deadline when a killed PostgreSQL cannot be started again', async () => {
    // Production tries for 20 s (and must be done within 30 s); the same attempts, pauses and exit within a 5 s deadline.
    const deadlineMs = 5000;
    server = startServer({ EMBEDDED_DB_RESTART_DEADLINE_S: String(deadlineMs / 1000) });
    await until(healthy, SERVER_START_TIMEOUT_MS, 'server healthy');
    signalProcess(postmasterPid(), 'SIGKILL');
    const killedAt = Date.now();
    // Something else takes the port the moment it is free, so no restart can succeed.
    const squatter = await takePort(dbPort);
    try {
      const code = await exited(server.child);
      const tookMs = Date.now() - killedAt;
      console.log(`PostgreSQL killed and its port taken: the app exited with ${code} after ${tookMs} ms`);
      expect(code).toBe(1);
      expect(server.stderr()).toContain(`could not be started again within ${deadlineMs / 1000} s`);
      // The deadline, then the shutdown's grace delay at most.
      expect(tookMs).toBeLessThan(deadlineMs + graceDelayMs(5000));
    } finally {
      squatter.close();
    }
  });
});

async function takePort(portToTake: number): Promise<NetServer> {
  for (;;) {
    const listener = createServer().listen(portToTake, '127.0.0.1');
    // events.once rejects on 'error': a busy port is an outcome here, not a failure.
    const outcome = await once(listener, 'listening').then(
      () => 'ok',
      () => 'busy',
    );
    if (outcome === 'ok') return listener;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
