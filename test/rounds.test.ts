import { describe, expect, it } from 'vitest';
import { seedDemoRound } from '#server/seed/demo-round';
import { assertRoundWritable } from '#server/rounds/service';
import { useTestApp } from './support/app';
import { loginAs, type TestUser } from './support/auth';
import { SYSTEM_ACTOR } from '#server/audit/actor';

const ctx = useTestApp();
const DAY = 24 * 60 * 60 * 1000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

let adminUser: TestUser | undefined;
async function admin() {
  adminUser ??= await loginAs(ctx.app, [{ role: 'admin' }]);
  return adminUser.cookie;
}

async function createRound(year: number, window = { opensAt: iso(-1), closesAt: iso(30) }) {
  return ctx.app.inject({ method: 'POST', url: '/api/admin/rounds', headers: { cookie: await admin() }, payload: { year, ...window } });
}

async function moveRound(year: number, state: string) {
  return ctx.app.inject({ method: 'POST', url: `/api/admin/rounds/${year}/state`, headers: { cookie: await admin() }, payload: { state } });
}

async function expectWriteRejected(year: number, code: 'round_not_open' | 'round_closed') {
  await expect(assertRoundWritable(ctx.app.db, { year })).rejects.toMatchObject({ statusCode: 409, code });
}

describe('creating a round', () => {
  it('creates a draft round on the newest question bank', async () => {
    const response = await createRound(2027, { opensAt: '2027-02-01T08:00:00Z', closesAt: '2027-04-01T00:00:00+02:00' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      year: 2027,
      state: 'draft',
      opensAt: '2027-02-01T08:00:00.000Z',
      closesAt: '2027-03-31T22:00:00.000Z',
      bankVersion: '2019.1',
      shareComments: false,
      acceptingAnswers: false,
    });
  });

  it('refuses a year that exists with 409', async () => {
    await createRound(2028);
    const again = await createRound(2028);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('A survey round for 2028 already exists.');
  });

  it('refuses a window that closes before it opens with 400', async () => {
    const sameTime = iso(10); // one call: two could straddle a millisecond
    const response = await createRound(2029, { opensAt: sameTime, closesAt: sameTime });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].field).toBe('body.closesAt');
  });

  it('validates the body', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/rounds',
      headers: { cookie: await admin() },
      payload: { year: 2029, opensAt: 'tomorrow', closesAt: iso(3) },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('is for administrators only', async () => {
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/rounds',
      headers: { cookie: respondent.cookie },
      payload: { year: 2029, opensAt: iso(0), closesAt: iso(3) },
    });
    expect(response.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'POST', url: '/api/admin/rounds', payload: { year: 2029, opensAt: iso(0), closesAt: iso(3) } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('records the creation in the audit log', async () => {
    await createRound(2030);
    const entries = await ctx.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'round.create').execute();
    expect(entries.find((entry) => entry.details.year === 2030)?.actor_user_id).toBe(adminUser!.id);
  });
});

describe('the life of a round', () => {
  it('goes draft → open → closed → open → closed → published, writable only while open', async () => {
    await createRound(2032);
    await expectWriteRejected(2032, 'round_not_open');

    const opened = await moveRound(2032, 'open');
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ state: 'open', acceptingAnswers: true });
    await expect(assertRoundWritable(ctx.app.db, { year: 2032 })).resolves.toMatchObject({ year: 2032, state: 'open' });

    expect((await moveRound(2032, 'closed')).json().state).toBe('closed');
    await expectWriteRejected(2032, 'round_closed');
    expect((await moveRound(2032, 'open')).json().state).toBe('open');
    expect((await moveRound(2032, 'closed')).statusCode).toBe(200);
    expect((await moveRound(2032, 'published')).json().state).toBe('published');
    await expectWriteRejected(2032, 'round_closed');
  });

  it('refuses moves the state machine does not allow, with 409 and a clear message', async () => {
    await createRound(2033);
    const skip = await moveRound(2033, 'published');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toEqual({
      code: 'round_transition_not_allowed',
      message: 'The 2033 round cannot go from draft to published: it can only become open.',
      details: { from: 'draft', to: 'published', allowed: ['open'] },
    });
    await moveRound(2033, 'open');
    expect((await moveRound(2033, 'open')).json().error.message).toBe('The 2033 round is already open.');
    await moveRound(2033, 'closed');
    await moveRound(2033, 'published');
    const reopen = await moveRound(2033, 'open');
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.message).toBe('The 2033 round cannot go from published to open: a published round is final.');
    expect((await moveRound(2033, 'draft')).statusCode).toBe(400);
  });

  it('freezes the question bank when a round opens', async () => {
    await createRound(2034);
    await moveRound(2034, 'open');
    const bank = await ctx.app.db.selectFrom('question_bank_version').select('frozen_at').executeTakeFirstOrThrow();
    expect(bank.frozen_at).toBeInstanceOf(Date);
  });

  it('answers 404 for a round that does not exist', async () => {
    expect((await moveRound(2099, 'open')).statusCode).toBe(404);
    await expect(assertRoundWritable(ctx.app.db, { year: 2099 })).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('the window', () => {
  it('rejects writes before it opens and after it closes, even while the round is open', async () => {
    await createRound(2035, { opensAt: iso(2), closesAt: iso(30) });
    await moveRound(2035, 'open');
    await expectWriteRejected(2035, 'round_not_open');
    const round = await assertRoundWritable(ctx.app.db, { year: 2035 }, new Date(Date.now() + 3 * DAY));
    await expect(assertRoundWritable(ctx.app.db, { roundId: round.id }, new Date(Date.now() + 31 * DAY))).rejects.toMatchObject({
      statusCode: 409,
      code: 'round_closed',
      message: 'The survey round is closed; answers can no longer be changed.',
    });
  });

  it('can be changed, e.g. extended, but must stay a window', async () => {
    await createRound(2036, { opensAt: iso(-20), closesAt: iso(-1) });
    await moveRound(2036, 'open');
    await expectWriteRejected(2036, 'round_closed');
    const patch = (payload: object) =>
      admin().then((cookie) => ctx.app.inject({ method: 'PATCH', url: '/api/admin/rounds/2036', headers: { cookie }, payload }));

    const extended = await patch({ closesAt: iso(10), shareComments: true });
    expect(extended.statusCode).toBe(200);
    expect(extended.json()).toMatchObject({ acceptingAnswers: true, shareComments: true });
    await expect(assertRoundWritable(ctx.app.db, { year: 2036 })).resolves.toBeDefined();

    expect((await patch({ opensAt: iso(11) })).statusCode).toBe(400);
    expect((await patch({})).statusCode).toBe(400);
    await moveRound(2036, 'closed');
    await moveRound(2036, 'published');
    expect((await patch({ closesAt: iso(20) })).statusCode).toBe(409);
  });
});

describe('GET /api/rounds', () => {
  it('lists rounds newest first; drafts only for administrators', async () => {
    await createRound(2037);
    await createRound(2038);
    await moveRound(2038, 'open');
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);

    const asViewer = (await ctx.app.inject({ method: 'GET', url: '/api/rounds', headers: { cookie: viewer.cookie } })).json();
    const years = asViewer.rounds.map((r: { year: number }) => r.year);
    expect(years).toContain(2038);
    expect(years).not.toContain(2037);
    expect(asViewer.rounds.every((r: { state: string }) => r.state !== 'draft')).toBe(true);
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const asAdmin = (await ctx.app.inject({ method: 'GET', url: '/api/rounds', headers: { cookie: await admin() } })).json();
    expect(asAdmin.rounds.find((r: { year: number }) => r.year === 2037)).toMatchObject({ state: 'draft', bankVersion: '2019.1' });
  });

  it('needs a login', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/rounds' })).statusCode).toBe(401);
  });
});

describe('the demo round', () => {
  it('is an open 2026 round accepting answers today, created once', async () => {
    expect(await seedDemoRound(ctx.app.db)).toBe(true);
    expect(await seedDemoRound(ctx.app.db)).toBe(false);
    await expect(assertRoundWritable(ctx.app.db, { year: 2026 })).resolves.toMatchObject({ state: 'open', bankVersion: '2019.1' });
  });
});

describe('round lock', () => {
  it('makes closing a round wait for an answer write in flight, which then sees its own open round', async () => {
    const { changeRoundState, createRound } = await import('#server/rounds/service');
    const now = Date.now();
    await createRound(ctx.app.db, { year: 2091, opensAt: new Date(now - 60_000), closesAt: new Date(now + 3_600_000) }, SYSTEM_ACTOR);
    await changeRoundState(ctx.app.db, 2091, 'open', SYSTEM_ACTOR);

    const events: string[] = [];
    let releaseWrite!: () => void;
    const writeHeld = new Promise<void>((resolve) => (releaseWrite = resolve));
    let writeLocked!: () => void;
    const locked = new Promise<void>((resolve) => (writeLocked = resolve));

    const write = ctx.app.db.transaction().execute(async (trx) => {
      await assertRoundWritable(trx, { year: 2091 });
      writeLocked();
      await writeHeld;
      events.push('write committed');
    });
    await locked;
    const close = changeRoundState(ctx.app.db, 2091, 'closed', SYSTEM_ACTOR).then(() => events.push('round closed'));
    // The close waits in PostgreSQL for the round lock the write holds: it has reached the lock and not overtaken the write.
    const { sql } = await import('kysely');
    const waitingForLocks = sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    await expect.poll(async () => (await waitingForLocks.execute(ctx.app.db)).rows[0]!.waiting).toBe(1);
    expect(events).toEqual([]);
    releaseWrite();
    await Promise.all([write, close]);
    expect(events).toEqual(['write committed', 'round closed']);
    await expect(ctx.app.db.transaction().execute((trx) => assertRoundWritable(trx, { year: 2091 }))).rejects.toMatchObject({ statusCode: 409 });
  });
});
