import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { login, loginAs, organisationIdByCode } from './support/auth';
import { lastMailTo, tokenMailedTo } from './support/outbox';

const ctx = useTestApp({ PUBLIC_URL: 'https://mognad.example.se' });
const STRONG = 'blå cykel under äppelträdet 1987';

async function adminInvite(cookie: string, payload: Record<string, unknown>) {
  return ctx.app.inject({ method: 'POST', url: '/api/admin/users/invite', headers: { cookie }, payload });
}

async function accept(token: string, password = STRONG, name = 'Ny Person') {
  return ctx.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, name, password } });
}

async function auditActions(userId: number) {
  const rows = await ctx.app.db.selectFrom('audit_log').select('action').where(sql<boolean>`details @> ${JSON.stringify({ userId })}::jsonb`).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('invitations', () => {
  it('invites, accepts with a new password, logs in and out', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const org = await organisationIdByCode(ctx.app, '0114');
    const invited = await adminInvite(admin.cookie, { email: 'Ny.Person@Example.se', roles: [{ role: 'respondent', organisationId: org }] });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email: 'ny.person@example.se', outcome: 'invited', grantedRoles: 1 });

    const mail = await lastMailTo(ctx.app, 'ny.person@example.se', 'invitation');
    expect(mail).toMatchObject({ user_id: invited.json().userId, organisation_id: org, sent_at: null, error: null });
    expect(mail!.body_text).toContain('https://mognad.example.se/inbjudan?token=');
    expect(mail!.body_text).toContain('Upplands Väsby');
    const token = await tokenMailedTo(ctx.app, 'ny.person@example.se', 'invitation');
    const stored = await ctx.app.db.selectFrom('user_token').select(['token_hash', 'purpose', 'expires_at']).where('user_id', '=', invited.json().userId).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect(stored[0]!.expires_at.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    expect((await accept(token)).statusCode).toBe(204);
    const cookie = await login(ctx.app, 'ny.person@example.se', STRONG);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user).toMatchObject({ name: 'Ny Person', roles: [{ role: 'respondent', organisationId: org }] });
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect(await auditActions(invited.json().userId)).toEqual(['user.created', 'role.granted', 'user.invited', 'user.invitation_accepted']);
  });

  it('refuses a reused, an expired and an unknown link with a clear message', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    await adminInvite(admin.cookie, { email: 'twice@example.se', roles: [{ role: 'analyst' }] });
    const token = await tokenMailedTo(ctx.app, 'twice@example.se', 'invitation');
    expect((await accept(token)).statusCode).toBe(204);
    const reused = await accept(token, 'ett helt annat långt lösenord 42');
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error).toMatchObject({ code: 'token_used', message: expect.stringContaining('already been used') });

    await adminInvite(admin.cookie, { email: 'late@example.se', roles: [{ role: 'analyst' }] });
    const late = await tokenMailedTo(ctx.app, 'late@example.se', 'invitation');
    await ctx.app.db.updateTable('user_token').set({ expires_at: new Date(Date.now() - 1000) }).where('purpose', '=', 'invitation').where('used_at', 'is', null).execute();
    const expired = await accept(late);
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error).toEqual({ code: 'token_expired', message: 'This invitation link has expired. Ask for a new one.' });

    const unknown = await accept('not-a-token-we-ever-made');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('token_invalid');
  });

  it('refuses a weak password naming the field, and keeps the link usable', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    await adminInvite(admin.cookie, { email: 'weak@example.se', roles: [{ role: 'analyst' }] });
    const token = await tokenMailedTo(ctx.app, 'weak@example.se', 'invitation');
    const weak = await accept(token, 'password1234');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/^Invalid body\.password: /);
    expect(weak.json().error.details.issues[0].field).toBe('body.password');
    expect((await accept(token)).statusCode).toBe(204);
  });

  it('a new invitation replaces the earlier link', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    await adminInvite(admin.cookie, { email: 'again@example.se', roles: [{ role: 'analyst' }] });
    const first = await tokenMailedTo(ctx.app, 'again@example.se', 'invitation');
    const second = await adminInvite(admin.cookie, { email: 'again@example.se', roles: [{ role: 'analyst' }] });
    expect(second.json()).toMatchObject({ outcome: 'invited', grantedRoles: 0 });
    const latest = await tokenMailedTo(ctx.app, 'again@example.se', 'invitation');
    expect((await accept(first)).json().error.code).toBe('token_expired');
    expect((await accept(latest)).statusCode).toBe(204);
  });

  it('adds roles to an existing account and tells the person', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const existing = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const org = await organisationIdByCode(ctx.app, '0180');
    const response = await adminInvite(admin.cookie, { email: existing.email, roles: [{ role: 'respondent', organisationId: org }] });
    expect(response.json()).toMatchObject({ userId: existing.id, outcome: 'roles_added', grantedRoles: 1 });
    const mail = await lastMailTo(ctx.app, existing.email);
    expect(mail).toMatchObject({ kind: 'roles_granted' });
    expect(mail!.body_text).toContain('Stockholm');
    expect(await ctx.app.db.selectFrom('user_token').select('id').where('user_id', '=', existing.id).execute()).toEqual([]);
  });

  it('validates roles: organisation roles need an existing organisation, national roles none', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const missing = await adminInvite(admin.cookie, { email: 'x@example.se', roles: [{ role: 'respondent' }] });
    expect(missing.statusCode).toBe(400);
    const national = await adminInvite(admin.cookie, { email: 'x@example.se', roles: [{ role: 'admin', organisationId: 1 }] });
    expect(national.statusCode).toBe(400);
    const unknown = await adminInvite(admin.cookie, { email: 'x@example.se', roles: [{ role: 'viewer', organisationId: 999999 }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues[0].field).toBe('body.roles.0.organisationId');
    expect(await lastMailTo(ctx.app, 'x@example.se')).toBeUndefined();
  });
});

describe('respondents inviting colleagues', () => {
  it('may invite into their own organisation only', async () => {
    const own = await organisationIdByCode(ctx.app, '0114');
    const other = await organisationIdByCode(ctx.app, '0115');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }]);
    const invite = (organisationId: number, email: string, role = 'viewer') =>
      ctx.app.inject({
        method: 'POST', url: `/api/organisations/${organisationId}/invitations`,
        headers: { cookie: respondent.cookie }, payload: { email, role },
      });

    const ok = await invite(own, 'kollega@example.se');
    expect(ok.statusCode).toBe(201);
    expect(ok.json().outcome).toBe('invited');
    const mail = await lastMailTo(ctx.app, 'kollega@example.se', 'invitation');
    expect(mail?.organisation_id).toBe(own);

    const elsewhere = await invite(other, 'intrang@example.se');
    expect(elsewhere.statusCode).toBe(404);
    expect(await lastMailTo(ctx.app, 'intrang@example.se')).toBeUndefined();

    const national = await invite(own, 'chef@example.se', 'admin');
    expect(national.statusCode).toBe(400);

    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const byViewer = await ctx.app.inject({
      method: 'POST', url: `/api/organisations/${own}/invitations`, headers: { cookie: viewer.cookie },
      payload: { email: 'v@example.se', role: 'viewer' },
    });
    expect(byViewer.statusCode).toBe(403);
  });
});

describe('outbox', () => {
  it('lists messages newest first for administrators, filtered by address and kind', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    await adminInvite(admin.cookie, { email: 'outbox-a@example.se', roles: [{ role: 'analyst' }] });
    await adminInvite(admin.cookie, { email: 'outbox-b@example.se', roles: [{ role: 'analyst' }] });
    const all = await ctx.app.inject({ method: 'GET', url: '/api/admin/outbox?to=outbox-&kind=invitation', headers: { cookie: admin.cookie } });
    expect(all.statusCode).toBe(200);
    expect(all.json().messages.map((m: { to: string }) => m.to)).toEqual(['outbox-b@example.se', 'outbox-a@example.se']);
    expect(all.json().messages[0]).toMatchObject({ kind: 'invitation', sentAt: null, error: null, text: expect.stringContaining('/inbjudan?token=') });
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: analyst.cookie } })).statusCode).toBe(403);
  });
});
