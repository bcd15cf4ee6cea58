import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser, login } from './support/auth';

// The API behind the account page (/konto): log out everywhere else.

const ctx = useTestApp();

const me = (cookie: string) => ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const revokeOthers = (cookie?: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/sessions/revoke-others', headers: cookie ? { cookie } : {} });

describe('POST /api/auth/sessions/revoke-others', () => {
  it('ends every other session of the user, keeps this one and other people’s', async () => {
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const someoneElse = await createUser(ctx.app, []);
    const here = await login(ctx.app, user.email, user.password);
    const laptop = await login(ctx.app, user.email, user.password);
    const phone = await login(ctx.app, user.email, user.password);
    const theirs = await login(ctx.app, someoneElse.email, someoneElse.password);

    const response = await revokeOthers(here);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');

    expect((await me(here)).statusCode).toBe(200);
    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await me(theirs)).statusCode).toBe(200);
    const sessions = await ctx.app.db.selectFrom('session').select('user_id').where('user_id', '=', user.id).execute();
    expect(sessions).toHaveLength(1);
  });

  it('records who did it in the audit log', async () => {
    const user = await createUser(ctx.app, []);
    const here = await login(ctx.app, user.email, user.password);
    await login(ctx.app, user.email, user.password);
    expect((await revokeOthers(here)).statusCode).toBe(204);
    const rows = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'ip'])
      .where('actor_user_id', '=', user.id)
      .where('action', '=', 'auth.sessions_revoked')
      .execute();
    expect(rows).toEqual([{ action: 'auth.sessions_revoked', actor_user_id: user.id, ip: expect.any(String) }]);
  });

  it('succeeds with nothing to end', async () => {
    const user = await createUser(ctx.app, []);
    const here = await login(ctx.app, user.email, user.password);
    expect((await revokeOthers(here)).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
  });

  it('needs a session: 401 for anonymous callers and ended sessions, and nothing is recorded', async () => {
    const user = await createUser(ctx.app, []);
    const here = await login(ctx.app, user.email, user.password);
    const elsewhere = await login(ctx.app, user.email, user.password);
    const anonymous = await revokeOthers();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthorized');
    expect((await revokeOthers('mognad_session=not-a-real-session')).statusCode).toBe(401);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(200);
    const audited = await ctx.app.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.sessions_revoked')
      .where('actor_user_id', '=', user.id)
      .execute();
    expect(audited).toEqual([]);
  });
});
