import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { TEST_PASSWORD, createUser } from './support/auth';

// Multi-factor authentication (docs/decisions/0024) with the requirement as in production:
// administrators and analysts must use a second factor; the bootstrap administrator may log in
// with the environment's password until MFA is set up (interfaces §4).

const BOOTSTRAP_EMAIL = 'bootstrap-admin@example.se';
const ctx = useTestApp({ MFA_REQUIRED_ROLES: 'admin,analyst', ADMIN_EMAIL: BOOTSTRAP_EMAIL, ADMIN_PASSWORD: TEST_PASSWORD });

type Json = Record<string, unknown>;

/** A code from the app for the secret, `steps` periods of 30 s from now (computed here, as an authenticator app would). */
const totpCode = (secret: string, steps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp: Date.now() + steps * 30_000 });

// Each request from its own address: the per-address rate limits of login and codes are not what these tests are about.
let requests = 0;
const address = () => `10.9.${Math.floor(++requests / 250) % 250}.${(requests % 250) + 1}`;
const post = (url: string, cookie: string | undefined, payload?: Json) =>
  ctx.app.inject({ method: 'POST', url, remoteAddress: address(), headers: cookie ? { cookie } : {}, ...(payload && { payload }) });
const get = (url: string, cookie?: string) => ctx.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'mognad_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `mognad_session=${cookie.value}`;
}

async function loginAnswer(email: string) {
  const response = await post('/api/auth/login', undefined, { email, password: TEST_PASSWORD });
  expect(response.statusCode, response.body).toBe(200);
  return { mfa: response.json<{ mfa: string }>().mfa, cookie: sessionCookie(response) };
}

/** An analyst who has linked an authenticator app; returns the secret and recovery codes. */
async function analystWithTotp() {
  const user = await createUser(ctx.app, [{ role: 'analyst' }]);
  const { mfa, cookie } = await loginAnswer(user.email);
  expect(mfa).toBe('enrolment_required');
  const setup = await post('/api/auth/mfa/totp/setup', cookie);
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret, uri, qrSvg } = setup.json<{ secret: string; uri: string; qrSvg: string }>();
  expect(uri).toMatch(/^otpauth:\/\/totp\/Mognad:/);
  expect(qrSvg).toContain('<svg');
  const confirm = await post('/api/auth/mfa/totp/confirm', cookie, { code: totpCode(secret) });
  expect(confirm.statusCode, confirm.body).toBe(200);
  const { recoveryCodes } = confirm.json<{ recoveryCodes: string[] }>();
  return { user, secret, recoveryCodes, cookie };
}

describe('a role that requires MFA, without MFA set up', () => {
  it('gets a session that can only set up a second factor', async () => {
    const user = await createUser(ctx.app, [{ role: 'admin' }]);
    const { mfa, cookie } = await loginAnswer(user.email);
    expect(mfa).toBe('enrolment_required');
    const me = await get('/api/auth/me', cookie);
    expect(me.statusCode).toBe(401);
    expect(me.json()).toMatchObject({ error: { code: 'mfa_required', details: { state: 'enrolment_required' } } });
    expect((await get('/api/admin/users', cookie)).statusCode).toBe(401);
    const status = await get('/api/auth/mfa/status', cookie);
    expect(status.json()).toMatchObject({ state: 'enrolment_required', required: true });
    expect((await post('/api/auth/mfa/totp/setup', cookie)).statusCode).toBe(200);
  });

  it('a code that is not the app’s does not link it', async () => {
    const user = await createUser(ctx.app, [{ role: 'analyst' }]);
    const { cookie } = await loginAnswer(user.email);
    const { secret } = (await post('/api/auth/mfa/totp/setup', cookie)).json<{ secret: string }>();
    const wrong = totpCode(secret) === '123456' ? '654321' : '123456';
    const confirm = await post('/api/auth/mfa/totp/confirm', cookie, { code: wrong });
    expect(confirm.statusCode).toBe(401);
    expect(confirm.json()).toMatchObject({ error: { code: 'mfa_code_invalid' } });
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it('the bootstrap administrator logs in with the password until MFA is set up', async () => {
    await createUser(ctx.app, [{ role: 'admin' }], { email: BOOTSTRAP_EMAIL });
    const { mfa, cookie } = await loginAnswer(BOOTSTRAP_EMAIL);
    expect(mfa).toBe('complete');
    expect((await get('/api/admin/users', cookie)).statusCode).toBe(200);

    const { secret } = (await post('/api/auth/mfa/totp/setup', cookie)).json<{ secret: string }>();
    expect((await post('/api/auth/mfa/totp/confirm', cookie, { code: totpCode(secret) })).statusCode).toBe(200);
    // Set up: now the bootstrap administrator too gives the second factor.
    expect((await loginAnswer(BOOTSTRAP_EMAIL)).mfa).toBe('pending');
  });

  it('a role without the requirement logs in with the password alone', async () => {
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const { mfa, cookie } = await loginAnswer(user.email);
    expect(mfa).toBe('complete');
    expect((await get('/api/auth/me', cookie)).statusCode).toBe(200);
  });
});

describe('TOTP', () => {
  it('links the app, then every login waits for a code; the session it completes gets a new cookie', async () => {
    const { user, secret, recoveryCodes, cookie: enrolled } = await analystWithTotp();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // The enrolling session is complete now.
    expect((await get('/api/auth/me', enrolled)).statusCode).toBe(200);

    const { mfa, cookie: pending } = await loginAnswer(user.email);
    expect(mfa).toBe('pending');
    const me = await get('/api/auth/me', pending);
    expect(me.json()).toMatchObject({ error: { code: 'mfa_required', details: { state: 'pending' } } });
    // A pending session cannot set up a factor of its own to get around the one it has.
    expect((await post('/api/auth/mfa/totp/setup', pending)).json()).toMatchObject({ error: { code: 'mfa_required' } });
    expect((await get('/api/auth/mfa/status', pending)).json()).toMatchObject({
      state: 'pending',
      methods: { totp: true, passkey: false, recoveryCode: true },
      factors: null,
    });

    const verify = await post('/api/auth/mfa/verify/totp', pending, { code: totpCode(secret, 1) });
    expect(verify.statusCode, verify.body).toBe(200);
    const complete = sessionCookie(verify);
    expect(complete).not.toBe(pending);
    expect((await get('/api/auth/me', complete)).statusCode).toBe(200);
    expect((await get('/api/auth/me', pending)).statusCode).toBe(401);

    const audit = await ctx.app.db.selectFrom('audit_log').select(['action', 'details']).where('actor_user_id', '=', user.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['auth.login', 'auth.mfa_enabled', 'auth.login', 'auth.mfa_verified']);
  });

  it('refuses a code that was used already, and older ones after it', async () => {
    const { user, secret } = await analystWithTotp();
    const code = totpCode(secret, 1);
    const first = await loginAnswer(user.email);
    expect((await post('/api/auth/mfa/verify/totp', first.cookie, { code })).statusCode).toBe(200);

    const second = await loginAnswer(user.email);
    const replay = await post('/api/auth/mfa/verify/totp', second.cookie, { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'mfa_code_invalid' } });
    // The previous period's code is still in the drift window, but older than the one used.
    expect((await post('/api/auth/mfa/verify/totp', second.cookie, { code: totpCode(secret, 0) })).statusCode).toBe(401);
    expect((await get('/api/auth/me', second.cookie)).statusCode).toBe(401);
  });

  it('slows down guessing: after five wrong codes even the right one waits', async () => {
    const { user, secret } = await analystWithTotp();
    const { cookie } = await loginAnswer(user.email);
    const right = totpCode(secret, 1);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await post('/api/auth/mfa/verify/totp', cookie, { code: wrong })).statusCode).toBe(401);
    }
    const refused = await post('/api/auth/mfa/verify/totp', cookie, { code: right });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The counter is the account's, not the session's: a new login does not start it again.
    const again = await loginAnswer(user.email);
    expect((await post('/api/auth/mfa/verify/totp', again.cookie, { code: right })).statusCode).toBe(429);
  });
});

describe('recovery codes', () => {
  it('each works once, in place of the app', async () => {
    const { user, recoveryCodes } = await analystWithTotp();
    const code = recoveryCodes[0]!;
    const first = await loginAnswer(user.email);
    // Typed without the hyphen and in capitals: the same code.
    const used = await post('/api/auth/mfa/verify/recovery-code', first.cookie, { code: code.replace('-', '').toUpperCase() });
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json()).toMatchObject({ recoveryCodesLeft: 9 });
    expect((await get('/api/auth/me', sessionCookie(used))).statusCode).toBe(200);

    const second = await loginAnswer(user.email);
    const again = await post('/api/auth/mfa/verify/recovery-code', second.cookie, { code });
    expect(again.statusCode).toBe(401);
    expect((await post('/api/auth/mfa/verify/recovery-code', second.cookie, { code: recoveryCodes[1]! })).statusCode).toBe(200);

    const hashes = await ctx.app.db.selectFrom('user_recovery_code').select(['code_hash', 'used_at']).where('user_id', '=', user.id).execute();
    expect(hashes).toHaveLength(10);
    expect(hashes.filter((h) => h.used_at !== null)).toHaveLength(2);
    expect(hashes.every((h) => h.code_hash.startsWith('$argon2id$'))).toBe(true);
  });
});

describe('an administrator’s reset', () => {
  it('removes the user’s factors, ends their sessions, and is audit-logged', async () => {
    const { user, cookie: userSession } = await analystWithTotp();
    const adminUser = await createUser(ctx.app, [{ role: 'admin' }]);
    const adminLogin = await loginAnswer(adminUser.email);
    const { secret } = (await post('/api/auth/mfa/totp/setup', adminLogin.cookie)).json<{ secret: string }>();
    expect((await post('/api/auth/mfa/totp/confirm', adminLogin.cookie, { code: totpCode(secret) })).statusCode).toBe(200);

    expect((await get(`/api/admin/users/${user.id}/mfa`, adminLogin.cookie)).json()).toEqual({ totp: true, passkeys: 0, recoveryCodes: true });
    const reset = await post(`/api/admin/users/${user.id}/mfa/reset`, adminLogin.cookie);
    expect(reset.statusCode, reset.body).toBe(204);

    expect((await get('/api/auth/me', userSession)).statusCode).toBe(401);
    expect((await get(`/api/admin/users/${user.id}/mfa`, adminLogin.cookie)).json()).toEqual({ totp: false, passkeys: 0, recoveryCodes: false });
    const entry = await ctx.app.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'user.mfa_reset')
      .where('actor_user_id', '=', adminUser.id)
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({ userId: user.id, email: user.email, removed: { totp: true, recoveryCodes: true } });
    // At the next login the analyst is led to set MFA up again.
    expect((await loginAnswer(user.email)).mfa).toBe('enrolment_required');
  });

  it('is refused to non-administrators', async () => {
    const { user, cookie } = await analystWithTotp();
    expect((await post(`/api/admin/users/${user.id}/mfa/reset`, cookie)).statusCode).toBe(403);
  });
});

describe('removing factors', () => {
  it('refuses removing the last factor when the role requires MFA', async () => {
    const { cookie } = await analystWithTotp();
    const response = await ctx.app.inject({ method: 'DELETE', url: '/api/auth/mfa/totp', headers: { cookie } });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'mfa_factor_required' } });
  });

  it('lets someone who opted in remove the app', async () => {
    const user = await createUser(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const { cookie } = await loginAnswer(user.email);
    const { secret } = (await post('/api/auth/mfa/totp/setup', cookie)).json<{ secret: string }>();
    const confirm = await post('/api/auth/mfa/totp/confirm', cookie, { code: totpCode(secret) });
    expect(confirm.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    expect((await loginAnswer(user.email)).mfa).toBe('pending');
    expect((await ctx.app.inject({ method: 'DELETE', url: '/api/auth/mfa/totp', headers: { cookie } })).statusCode).toBe(204);
    expect((await loginAnswer(user.email)).mfa).toBe('complete');
  });
});
