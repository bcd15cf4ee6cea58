import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser, login } from './support/auth';
import { lastMailTo, tokenMailedTo } from './support/outbox';

const ctx = useTestApp();
const NEW_PASSWORD = 'sju sorters kakor på fikabordet';

const request = (email: string) => ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email } });
const confirm = (token: string, password = NEW_PASSWORD) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });
const me = (cookie: string) => ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('forgotten password', () => {
  it('mails a one-hour link, sets the new password and ends every session', async () => {
    const user = await createUser(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const session = await login(ctx.app, user.email, user.password);

    const requested = await request(user.email.toUpperCase());
    expect(requested.statusCode).toBe(202);
    const mail = await lastMailTo(ctx.app, user.email, 'password_reset');
    expect(mail?.body_text).toContain('http://localhost:3000/aterstall-losenord?token=');
    expect(mail?.user_id).toBe(user.id);
    const token = await tokenMailedTo(ctx.app, user.email, 'password_reset');
    const stored = await ctx.app.db.selectFrom('user_token').select('expires_at').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored.expires_at.getTime() - Date.now()).toBeLessThanOrEqual(3600 * 1000);

    expect((await confirm(token)).statusCode).toBe(204);
    expect((await me(session)).statusCode).toBe(401);
    await expect(login(ctx.app, user.email, user.password)).rejects.toThrow(/401/);
    expect((await me(await login(ctx.app, user.email, NEW_PASSWORD))).statusCode).toBe(200);

    const reused = await confirm(token, 'ännu ett nytt lösenord för säkerhets skull');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('token_used');
    const actions = await ctx.app.db
      .selectFrom('audit_log')
      .select('action')
      .where(sql<boolean>`details @> ${JSON.stringify({ userId: user.id })}::jsonb`)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.password_reset_requested', 'auth.password_reset']));
  });

  it('answers the same for an unknown address and mails nothing', async () => {
    const known = await request((await createUser(ctx.app, [])).email);
    const before = await ctx.app.db
      .selectFrom('outbox_message')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await request('nobody-here@example.se');
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe(known.body);
    expect(response.headers['content-type']).toBe(known.headers['content-type']);
    const after = await ctx.app.db
      .selectFrom('outbox_message')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses an expired link and a weak password clearly', async () => {
    const user = await createUser(ctx.app, []);
    await request(user.email);
    const token = await tokenMailedTo(ctx.app, user.email, 'password_reset');
    const weak = await confirm(token, 'qwerty123456');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.issues[0].field).toBe('body.password');
    await ctx.app.db
      .updateTable('user_token')
      .set({ expires_at: new Date(Date.now() - 1) })
      .where('user_id', '=', user.id)
      .execute();
    const expired = await confirm(token);
    expect(expired.json().error).toEqual({ code: 'token_expired', message: 'This password reset link has expired. Ask for a new one.' });
  });

  it('limits requests per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await request(`flood-${i}@example.se`)).statusCode);
    expect(statuses).toContain(429);
  });
});
