import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser, login, loginAs, TEST_PASSWORD } from './support/auth';

const ctx = useTestApp({ ADMIN_EMAIL: 'boot@example.se', ADMIN_PASSWORD: 'a long bootstrap passphrase' });

describe('login and sessions', () => {
  it('logs in, reports the user, and logs out', async () => {
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const cookie = await login(ctx.app, user.email.toUpperCase(), user.password);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      email: user.email,
      roles: [{ role: 'respondent', organisationName: 'Upplands Väsby', organisationId: expect.any(Number) }],
    });
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    const after = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthorized');
  });

  it('sets an httpOnly, SameSite session cookie', async () => {
    const user = await createUser(ctx.app, []);
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    const cookie = response.cookies.find((c) => c.name === 'mognad_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(JSON.stringify(await ctx.app.db.selectFrom('session').selectAll().execute())).not.toContain(cookie.value);
  });

  it('answers unknown e-mail and wrong password the same way', async () => {
    const user = await createUser(ctx.app, []);
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'nope nope nope' } });
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.se', password: 'nope nope nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('throttles an account after repeated failures, even with the right password from an unknown browser', async () => {
    const user = await createUser(ctx.app, []);
    for (let i = 0; i < 5; i++) {
      await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: `wrong-${i}` } });
    }
    const locked = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_attempts');
  });

  it('stores passwords hashed with argon2id', async () => {
    const user = await createUser(ctx.app, []);
    const row = await ctx.app.db.selectFrom('app_user').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('creates the bootstrap administrator once', async () => {
    const { ensureBootstrapAdmin } = await import('#server/seed/bootstrap-admin');
    expect(await ensureBootstrapAdmin(ctx.app.db, ctx.config)).toBe(true);
    expect(await ensureBootstrapAdmin(ctx.app.db, ctx.config)).toBe(false);
    const cookie = await login(ctx.app, 'boot@example.se', 'a long bootstrap passphrase');
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user.roles).toEqual([{ role: 'admin', organisationId: null, organisationName: null }]);
  });
});

describe('password change', () => {
  it('refuses a common password and logs out every other session on change', async () => {
    const user = await createUser(ctx.app, []);
    const here = await login(ctx.app, user.email, user.password);
    const elsewhere = await login(ctx.app, user.email, user.password);
    const weak = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: here },
      payload: { currentPassword: user.password, newPassword: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: here },
      payload: { currentPassword: user.password, newPassword: 'gula tulpaner vid kanalen 2026' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: here } })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: elsewhere } })).statusCode).toBe(401);
  });
});

describe('CSRF and access', () => {
  it('refuses a cross-site browser request that carries the cookie', async () => {
    const user = await loginAs(ctx.app, []);
    const crossSite = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: user.cookie, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.statusCode).toBe(204);
  });

  it('keeps the audit log for administrators', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const denied = await ctx.app.inject({ method: 'GET', url: '/api/admin/audit', headers: { cookie: analyst.cookie } });
    expect(denied.statusCode).toBe(403);
    const log = await ctx.app.inject({ method: 'GET', url: '/api/admin/audit?action=auth.login&limit=5', headers: { cookie: admin.cookie } });
    expect(log.statusCode).toBe(200);
    expect(log.json().entries.length).toBeGreaterThan(0);
    expect(log.json().entries.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);
  });
});
