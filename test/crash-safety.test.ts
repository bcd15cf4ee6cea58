import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from '../scripts/free-port';
import { SERVER_ENTRY, buildServerIfStale } from '../scripts/server-build.mjs';
import { SESSION_COOKIE, createSession } from '#server/auth/sessions';
import type { Database } from '#server/db/schema';
import { changeRoundState, createRound } from '#server/rounds/service';
import { grantRole, insertUser } from '#server/users/repository';
import { ANSWERABLE_AREAS } from './support/survey';
import { SERVER_START_TIMEOUT_MS, childrenOf, isAlive, signalProcess } from './support/processes';
import { SYSTEM_ACTOR } from '#server/audit/actor';

/**
 * The real server under autosave load, killed with SIGKILL together with its
 * PostgreSQL (a crash, not a shutdown), then started again: every save that
 * was acknowledged is there, and what is stored is exactly the state after
 * some prefix of the saves sent (never half a save).
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const YEAR = 2040;
const CODES = ['0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127', '0128', '0136', '0138', '0139', '0140', '0160', '0162', '0163'];
const [port, dbPort] = await freePorts();
let dataDir: string;
let server: ChildProcess | undefined;

type Save = { version: number; area: string; main: 'yes' | 'no'; followup: string | null; comment: string };
type Writer = { organisationId: number; cookie: string; sent: Save[]; acknowledged: number };

function startServer(): ChildProcess {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_DB_PORT: String(dbPort), SEED_DEMO: 'false', LOG_LEVEL: 'fatal' };
  // Compiled (rebuilt when stale, in beforeAll): tsx would compile the sources again at every start.
  return spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, env, stdio: 'ignore' });
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('server did not become healthy');
}

function database(): Kysely<Database> {
  const password = readFileSync(path.join(dataDir, 'db-password'), 'utf8').trim();
  const url = `postgres://mognad:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/mognad`;
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }) });
}

const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Kills the server and its PostgreSQL at once, and waits until every PostgreSQL process is gone. */
async function crash(child: ChildProcess): Promise<void> {
  const postmaster = postmasterPid();
  const backends = childrenOf(postmaster);
  child.kill('SIGKILL');
  signalProcess(postmaster, 'SIGKILL');
  await until(() => child.exitCode !== null || child.signalCode !== null);
  await until(() => ![postmaster, ...backends].some(isAlive));
}

async function prepareRound(db: Kysely<Database>): Promise<Writer[]> {
  const now = Date.now();
  const round = await createRound(db, { year: YEAR, opensAt: new Date(now - 86_400_000), closesAt: new Date(now + 86_400_000) }, SYSTEM_ACTOR);
  await changeRoundState(db, YEAR, 'open', SYSTEM_ACTOR);
  const organisations = await db.selectFrom('organisation').select(['id', 'code']).where('code', 'in', CODES).execute();
  return Promise.all(
    organisations.map(async (organisation) => {
      await db.insertInto('round_invitation').values({ round_id: round.id, organisation_id: organisation.id }).execute();
      const { id } = await insertUser(db, { email: `crash-${organisation.code}@example.se`, name: 'Krasch', passwordHash: null });
      await grantRole(db, id, 'respondent', organisation.id);
      const token = await createSession(db, id, { userAgent: null, ip: null });
      return { organisationId: organisation.id, cookie: `${SESSION_COOKIE}=${token}`, sent: [], acknowledged: 0 };
    }),
  );
}

/** Save number k (from 1) of a writer: it changes its area, so the response reaches version k. */
function saveNumber(k: number): Save {
  const { key, option } = ANSWERABLE_AREAS[k % ANSWERABLE_AREAS.length]!;
  const yes = k % 3 !== 0;
  return { version: k, area: key, main: yes ? 'yes' : 'no', followup: yes ? option : null, comment: `Sparat nummer ${k}, "citat", åäö` };
}

/** Saves one after another, each on the version the last one returned, until the server stops answering. */
async function typeAway(writer: Writer): Promise<void> {
  for (let k = 1; ; k++) {
    const save = saveNumber(k);
    writer.sent.push(save);
    const response = await fetch(`http://127.0.0.1:${port}/api/rounds/${YEAR}/organisations/${writer.organisationId}/response/areas/${save.area}`, {
      method: 'PUT',
      // PUBLIC_URL is http://localhost:<port> by default: a script using the session cookie sends it as Origin.
      headers: { cookie: writer.cookie, 'content-type': 'application/json', origin: `http://localhost:${port}` },
      body: JSON.stringify({ version: k - 1, main: save.main, followup: save.followup, comment: save.comment }),
    }).catch(() => undefined);
    if (!response) return;
    const body = (await response.json().catch(() => undefined)) as { version?: number } | undefined;
    if (response.status !== 200 || body?.version !== k) return;
    writer.acknowledged = k;
  }
}

beforeAll(async () => {
  await buildServerIfStale();
  dataDir = await mkdtemp(path.join(tmpdir(), 'mognad-crash-'));
  await chmod(dataDir, 0o755);
});

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('a crash under autosave load', () => {
  it('loses no acknowledged save and shows no half-written one', async () => {
    server = startServer();
    await waitForHealth();
    let db = database();
    const writers = await prepareRound(db);
    await db.destroy();

    const load = Promise.all(writers.map(typeAway));
    await until(() => writers.reduce((sum, w) => sum + w.acknowledged, 0) >= 200, SERVER_START_TIMEOUT_MS);
    await crash(server);
    await load;

    server = startServer();
    await waitForHealth();
    db = database();
    try {
      for (const writer of writers) await expectPrefixOfSaves(db, writer);
    } finally {
      await db.destroy();
    }
  });
});

/** The stored response is the state after saves 1..V, where V is at least the last acknowledged save. */
async function expectPrefixOfSaves(db: Kysely<Database>, writer: Writer): Promise<void> {
  const response = await db
    .selectFrom('response')
    .innerJoin('round', 'round.id', 'response.round_id')
    .select(['response.id', 'response.version'])
    .where('round.year', '=', YEAR)
    .where('response.organisation_id', '=', writer.organisationId)
    .executeTakeFirstOrThrow();
  expect(response.version).toBeGreaterThanOrEqual(writer.acknowledged);
  expect(response.version).toBeLessThanOrEqual(writer.sent.length);

  const applied = writer.sent.slice(0, response.version);
  const expected = new Map(
    applied.map((save) => [save.area, { area_key: save.area, main: save.main, followup: save.followup, comment: save.comment }]),
  );
  const stored = await db.selectFrom('answer').select(['area_key', 'main', 'followup', 'comment']).where('response_id', '=', response.id).execute();
  expect(new Map(stored.map((answer) => [answer.area_key, answer]))).toEqual(expected);

  // The audit entry is written in the save's own transaction: one per stored version, no more, no fewer.
  const audited = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('action', '=', 'response.answer_changed')
    .where('organisation_id', '=', writer.organisationId)
    .executeTakeFirstOrThrow();
  expect(Number(audited.count)).toBe(response.version);
}
