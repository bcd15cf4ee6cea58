import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { TEST_PASSWORD, createUser, login, loginAs } from './support/auth';

// Personal API tokens for scripts (interfaces §3–4, docs/decisions/0024): scoped, expiring,
// revocable, audit-logged, shown once and stored hashed, sent as Authorization: Bearer.

const BOOTSTRAP_EMAIL = 'boot@example.se';
const ctx = useTestApp({ MFA_REQUIRED_ROLES: 'admin,analyst', ADMIN_EMAIL: BOOTSTRAP_EMAIL, ADMIN_PASSWORD: TEST_PASSWORD });

type Created = { token: string; apiToken: { id: number; scope: string; expiresAt: string } };

/** The bootstrap administrator (a complete session without MFA, interfaces §4) makes tokens here. */
let bootstrap: Promise<{ id: number }> | undefined;
async function admin() {
  bootstrap ??= createUser(ctx.app, [{ role: 'admin' }], { email: BOOTSTRAP_EMAIL });
  const { id } = await bootstrap;
  return { id, cookie: await login(ctx.app, BOOTSTRAP_EMAIL, TEST_PASSWORD) };
}

async function createToken(cookie: string, scope: 'read' | 'rounds_admin', expiresInDays = 30) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/account/tokens',
    headers: { cookie },
    payload: { name: `Skript ${scope}`, scope, expiresInDays },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Created>();
}

// A script: no cookie, no Origin, no Sec-Fetch-Site; only the token.
const asScript = (token: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  ctx.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, origin: undefined }, ...(payload && { payload }) });

describe('personal API tokens', () => {
  it('are shown once, stored hashed, and audit-logged when created and revoked', async () => {
    const me = await admin();
    const { token, apiToken } = await createToken(me.cookie, 'read');
    expect(token).toMatch(/^mognad_[A-Za-z0-9_-]{43}$/);
    const stored = await ctx.app.db.selectFrom('api_token').select('token_hash').where('id', '=', apiToken.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const list = await ctx.app.inject({ method: 'GET', url: '/api/account/tokens', headers: { cookie: me.cookie } });
    expect(list.body).not.toContain(token);

    const revoke = await ctx.app.inject({ method: 'DELETE', url: `/api/account/tokens/${apiToken.id}`, headers: { cookie: me.cookie } });
    expect(revoke.statusCode).toBe(200);
    const actions = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_user_id', '=', me.id)
      .where('action', 'in', ['auth.api_token_created', 'auth.api_token_revoked'])
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { action: 'auth.api_token_created', details: expect.objectContaining({ tokenId: apiToken.id, scope: 'read' }) },
      { action: 'auth.api_token_revoked', details: expect.objectContaining({ tokenId: apiToken.id }) },
    ]);
  });

  it('a read token reads what its holder may read, and changes nothing', async () => {
    const me = await admin();
    const { token } = await createToken(me.cookie, 'read');
    expect((await asScript(token, 'GET', '/api/admin/users')).statusCode).toBe(200);
    const write = await asScript(token, 'POST', '/api/admin/rounds', {
      year: 2097,
      opensAt: '2097-01-01T00:00:00Z',
      closesAt: '2097-03-01T00:00:00Z',
    });
    expect(write.statusCode).toBe(403);
    // Nor can a token manage tokens (or outlive its revocation by making another).
    expect((await asScript(token, 'POST', '/api/account/tokens', { name: 'x', scope: 'read', expiresInDays: 1 })).statusCode).toBe(403);
  });

  it('a rounds_admin token creates a round without cookie or Origin: CSRF does not apply to a bearer token', async () => {
    const me = await admin();
    const { token } = await createToken(me.cookie, 'rounds_admin');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/rounds',
      headers: { authorization: `Bearer ${token}`, 'sec-fetch-site': 'cross-site' },
      payload: { year: 2098, opensAt: '2098-01-01T00:00:00Z', closesAt: '2098-03-01T00:00:00Z' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'round.create')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(me.id);
    // The same request with a session cookie instead is a cross-site request, and refused.
    const withCookie = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/rounds',
      headers: { cookie: me.cookie, 'sec-fetch-site': 'cross-site' },
      payload: { year: 2099, opensAt: '2099-01-01T00:00:00Z', closesAt: '2099-03-01T00:00:00Z' },
    });
    expect(withCookie.statusCode).toBe(403);
  });

  it('only administrators get the rounds_admin scope, and a token has its holder’s roles only', async () => {
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      headers: { cookie: respondent.cookie },
      payload: { name: 'x', scope: 'rounds_admin', expiresInDays: 30 },
    });
    expect(refused.statusCode).toBe(403);
    const { token } = await createToken(respondent.cookie, 'read');
    expect((await asScript(token, 'GET', '/api/my/rounds')).statusCode).toBe(200);
    expect((await asScript(token, 'GET', '/api/admin/users')).statusCode).toBe(403);
  });

  it('an expired, revoked or unknown token is refused', async () => {
    const me = await admin();
    const expiring = await createToken(me.cookie, 'read', 1);
    expect((await asScript(expiring.token, 'GET', '/api/admin/users')).statusCode).toBe(200);
    await ctx.app.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expiring.apiToken.id)
      .execute();
    const expired = await asScript(expiring.token, 'GET', '/api/admin/users');
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: { code: 'unauthorized' } });

    const revoked = await createToken(me.cookie, 'read');
    await ctx.app.inject({ method: 'DELETE', url: `/api/account/tokens/${revoked.apiToken.id}`, headers: { cookie: me.cookie } });
    expect((await asScript(revoked.token, 'GET', '/api/admin/users')).statusCode).toBe(401);

    expect((await asScript(`mognad_${'x'.repeat(43)}`, 'GET', '/api/admin/users')).statusCode).toBe(401);
  });

  it('someone else’s token cannot be revoked', async () => {
    const me = await admin();
    const other = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const theirs = await createToken(other.cookie, 'read');
    const response = await ctx.app.inject({ method: 'DELETE', url: `/api/account/tokens/${theirs.apiToken.id}`, headers: { cookie: me.cookie } });
    expect(response.statusCode).toBe(404);
    expect((await asScript(theirs.token, 'GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('a session still waiting for MFA cannot create tokens', async () => {
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      headers: { cookie: analyst.cookie },
      payload: { name: 'x', scope: 'read', expiresInDays: 30 },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'mfa_required', details: { state: 'enrolment_required' } } });
  });
});
