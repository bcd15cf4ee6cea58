import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import '@fastify/postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '#server/auth/sessions';
import { hashToken } from '#server/auth/tokens';
import { useTestApp } from './support/app';
import { TEST_PASSWORD, createUser, login, loginAs, organisationIdByCode, type TestUser } from './support/auth';
import { openRoundWithInvitations, responseUrl } from './support/survey';

/*
 * The autosave checks its caller's session in the statement that saves
 * (docs/decisions/0034): one statement for a session that plainly may write,
 * the ordinary check — with its answers, in its order — for any other. The
 * app requires MFA of respondents here, so the statement's MFA check is what
 * decides between the two; each respondent gets a second factor after logging
 * in, which makes its session complete.
 */

const BOOTSTRAP_EMAIL = 'bootstrap-respondent@example.se';
const ctx = useTestApp({ MFA_REQUIRED_ROLES: 'respondent', ADMIN_EMAIL: BOOTSTRAP_EMAIL, ADMIN_PASSWORD: TEST_PASSWORD });
const YEAR = 2037;
let organisationId: number;
let otherOrganisationId: number;

beforeAll(async () => {
  await openRoundWithInvitations(ctx.app, YEAR, ['0114', '0115']);
  organisationId = await organisationIdByCode(ctx.app, '0114');
  otherOrganisationId = await organisationIdByCode(ctx.app, '0115');
  // The app learns the round's question bank from a first save's read: every save after it may be one statement.
  const first = await respondentWithFactor('0115');
  expect((await save(first.cookie, otherOrganisationId, { version: 0, comment: 'först' })).statusCode).toBe(200);
});

async function addPasskey(userId: number) {
  await ctx.app.db
    .insertInto('user_passkey')
    .values({ user_id: userId, credential_id: randomBytes(16).toString('base64url'), name: 'Testnyckel', public_key: randomBytes(32) })
    .execute();
}

/** A respondent of the organisation, logged in, then given a passkey: a complete session. */
async function respondentWithFactor(code: string): Promise<TestUser> {
  const user = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: code }]);
  await addPasskey(user.id);
  return user;
}

type Body = { version: number; main?: string | null; followup?: string | null; comment?: string | null };

function save(cookie: string, organisation: number, body: Body | string, headers: Record<string, string> = {}) {
  const options: InjectOptions = {
    method: 'PUT',
    url: `${responseUrl(YEAR, organisation)}/areas/risk`,
    headers: { cookie, 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify({ main: 'no', followup: null, comment: null, ...body }),
  };
  return ctx.app.inject(options);
}

/** The work, and how many times it took a connection from the app's pool: once per statement run outside a transaction. */
async function checkouts<T>(work: () => Promise<T>): Promise<{ result: T; checkouts: number }> {
  let count = 0;
  const counted = () => void (count += 1);
  ctx.app.pg.pool.on('acquire', counted);
  try {
    const result = await work();
    return { result, checkouts: count };
  } finally {
    ctx.app.pg.pool.off('acquire', counted);
  }
}

async function currentVersion(organisation: number): Promise<number> {
  const row = await ctx.app.db
    .selectFrom('response')
    .innerJoin('round', 'round.id', 'response.round_id')
    .select('response.version')
    .where('round.year', '=', YEAR)
    .where('response.organisation_id', '=', organisation)
    .executeTakeFirst();
  return row?.version ?? 0;
}

const sessionHash = (cookie: string) => hashToken(cookie.slice('mognad_session='.length));

async function lastSeen(cookie: string): Promise<Date> {
  const row = await ctx.app.db.selectFrom('session').select('last_seen_at').where('id_hash', '=', sessionHash(cookie)).executeTakeFirstOrThrow();
  return row.last_seen_at;
}

async function setLastSeen(cookie: string, secondsAgo: number) {
  await ctx.app.db
    .updateTable('session')
    .set({ last_seen_at: new Date(Date.now() - secondsAgo * 1000) })
    .where('id_hash', '=', sessionHash(cookie))
    .execute();
}

describe('a session the statement accepts', () => {
  it('saves in one statement, with its user as the one who changed the answer, refreshing the session’s last use when due', async () => {
    const respondent = await respondentWithFactor('0114');
    const version = await currentVersion(organisationId);
    const saved = await checkouts(() => save(respondent.cookie, organisationId, { version, comment: 'ett' }));
    expect(saved.result.statusCode, saved.result.body).toBe(200);
    expect(saved.checkouts).toBe(1);
    expect(saved.result.json()).toMatchObject({
      version: version + 1,
      answer: { comment: 'ett', updatedBy: { id: respondent.id, name: 'Test Person' } },
    });

    await setLastSeen(respondent.cookie, 120);
    const stale = await lastSeen(respondent.cookie);
    const touching = await checkouts(() => save(respondent.cookie, organisationId, { version: version + 1, comment: 'två' }));
    expect(touching.result.statusCode).toBe(200);
    expect(touching.checkouts).toBe(1);
    expect((await lastSeen(respondent.cookie)).getTime()).toBeGreaterThan(stale.getTime());

    await setLastSeen(respondent.cookie, 30);
    const recent = await lastSeen(respondent.cookie);
    expect((await save(respondent.cookie, organisationId, { version: version + 2, comment: 'tre' })).statusCode).toBe(200);
    expect(await lastSeen(respondent.cookie)).toEqual(recent);
  });

  it('also with an authenticator app as the second factor, and answers a stale version with the conflict as before', async () => {
    const user = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    await ctx.app.db.insertInto('user_totp').values({ user_id: user.id, secret: 'JBSWY3DPEHPK3PXP', confirmed_at: new Date() }).execute();
    const version = await currentVersion(organisationId);
    const saved = await checkouts(() => save(user.cookie, organisationId, { version, comment: 'med app' }));
    expect(saved.result.statusCode, saved.result.body).toBe(200);
    expect(saved.checkouts).toBe(1);
    const stale = await save(user.cookie, organisationId, { version, comment: 'gammal version' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'version_conflict', details: { currentVersion: version + 1 } } });
  });
});

describe('a session the statement does not accept', () => {
  it('gets the ordinary check’s answer: 401 for none, before a malformed or invalid body; 403 for another site', async () => {
    const unknown = `mognad_session=${randomBytes(32).toString('base64url')}`;
    const version = await currentVersion(organisationId);
    for (const body of [{ version }, { version, main: 'kanske' }, '{"version": ']) {
      const answer = await save(unknown, organisationId, body);
      expect(answer.statusCode, answer.body).toBe(401);
      expect(answer.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
    const crossSite = await save(unknown, organisationId, { version }, { origin: 'https://elsewhere.example' });
    expect(crossSite.statusCode).toBe(403);

    const respondent = await respondentWithFactor('0114');
    const invalid = await save(respondent.cookie, organisationId, { version, main: 'kanske' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: { code: 'validation_failed' } });
    const malformed = await save(respondent.cookie, organisationId, '{"version": ');
    expect(malformed.statusCode).toBe(400);
  });

  it('gets 403 as a viewer, 404 for another organisation, and writes nothing', async () => {
    const version = await currentVersion(organisationId);
    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    await addPasskey(viewer.id);
    expect((await save(viewer.cookie, organisationId, { version, comment: 'tittare' })).statusCode).toBe(403);
    const other = await respondentWithFactor('0115');
    const elsewhere = await save(other.cookie, organisationId, { version, comment: 'fel kommun' });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(await currentVersion(organisationId)).toBe(version);
  });

  it('gets 401 mfa_required while the second factor is pending or missing, and writes nothing', async () => {
    const version = await currentVersion(organisationId);
    const withFactor = await respondentWithFactor('0114');
    const pending = `mognad_session=${await createSession(ctx.app.db, withFactor.id, { userAgent: null, ip: null }, { mfaPending: true })}`;
    const waiting = await save(pending, organisationId, { version, comment: 'väntar' });
    expect(waiting.statusCode).toBe(401);
    expect(waiting.json()).toMatchObject({ error: { code: 'mfa_required', details: { state: 'pending' } } });

    const without = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    await ctx.app.db.insertInto('user_totp').values({ user_id: without.id, secret: 'JBSWY3DPEHPK3PXP', confirmed_at: null }).execute();
    const missing = await save(without.cookie, organisationId, { version, comment: 'utan' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ error: { code: 'mfa_required', details: { state: 'enrolment_required' } } });
    expect(await currentVersion(organisationId)).toBe(version);
  });

  it('is left to the ordinary check where the app allows more: the bootstrap administrator saves without MFA', async () => {
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }], { email: BOOTSTRAP_EMAIL });
    const cookie = await login(ctx.app, user.email, user.password);
    const version = await currentVersion(organisationId);
    const saved = await checkouts(() => save(cookie, organisationId, { version, comment: 'startadministratören' }));
    expect(saved.result.statusCode, saved.result.body).toBe(200);
    expect(saved.checkouts).toBeGreaterThan(1);
  });
});
