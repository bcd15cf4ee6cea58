import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser, login, loginAs, organisationIdByCode } from './support/auth';
import { lastMailTo, tokenMailedTo } from './support/outbox';

const ctx = useTestApp({ PUBLIC_URL: 'https://mognad.example.se' });
const STRONG = 'blå cykel under äppelträdet 1987';

async function adminInvite(cookie: string, payload: Record<string, unknown>) {
  return ctx.app.inject({ method: 'POST', url: '/api/admin/users/invite', headers: { cookie }, payload });
}

// Each call from its own address: these routes are limited per address, and this file makes many calls.
let calls = 0;
const remoteAddress = () => `10.30.${Math.floor(++calls / 250)}.${calls % 250}`;

async function accept(token: string, password = STRONG, name = 'Ny Person') {
  return ctx.app.inject({ method: 'POST', url: '/api/auth/invitations/accept', remoteAddress: remoteAddress(), payload: { token, name, password } });
}

async function acceptWithAccount(cookie: string, token: string) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/invitations/accept-with-account',
    remoteAddress: remoteAddress(),
    headers: { cookie },
    payload: { token },
  });
}

async function describeInvitation(token: string) {
  return ctx.app.inject({ method: 'POST', url: '/api/auth/invitations/describe', remoteAddress: remoteAddress(), payload: { token } });
}

async function rolesOf(cookie: string): Promise<string[]> {
  const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  return me.json().user.roles.map((r: { role: string }) => r.role);
}

async function auditActions(userId: number) {
  const rows = await ctx.app.db
    .selectFrom('audit_log')
    .select('action')
    .where(sql<boolean>`details @> ${JSON.stringify({ userId })}::jsonb`)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('invitations', () => {
  it('invites, accepts with a new password, logs in and out', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const org = await organisationIdByCode(ctx.app, '0114');
    const invited = await adminInvite(admin.cookie, { email: 'Ny.Person@Example.se', roles: [{ role: 'respondent', organisationId: org }] });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toEqual({ userId: expect.any(Number), email: 'ny.person@example.se', outcome: 'invited' });

    const mail = await lastMailTo(ctx.app, 'ny.person@example.se', 'invitation');
    expect(mail).toMatchObject({ user_id: invited.json().userId, organisation_id: org, sent_at: null, error: null });
    expect(mail!.body_text).toContain('https://mognad.example.se/inbjudan?token=');
    expect(mail!.body_text).toContain('Upplands Väsby');
    const token = await tokenMailedTo(ctx.app, 'ny.person@example.se', 'invitation');
    const stored = await ctx.app.db
      .selectFrom('account_invitation')
      .select(['token_hash', 'expires_at'])
      .where('user_id', '=', invited.json().userId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(token);
    expect(stored[0]!.expires_at.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    expect((await accept(token)).statusCode).toBe(204);
    const cookie = await login(ctx.app, 'ny.person@example.se', STRONG);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user).toMatchObject({ name: 'Ny Person', roles: [{ role: 'respondent', organisationId: org }] });
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect(await auditActions(invited.json().userId)).toEqual(['user.created', 'user.invited', 'role.granted', 'user.invitation_accepted']);
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
    await ctx.app.db
      .updateTable('account_invitation')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('accepted_at', 'is', null)
      .execute();
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
    expect(weak.json().error.details.issues[0].rule).toBe('password_too_common');
    expect((await accept(token)).statusCode).toBe(204);
  });

  it('a new invitation replaces the earlier link', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    await adminInvite(admin.cookie, { email: 'again@example.se', roles: [{ role: 'analyst' }] });
    const first = await tokenMailedTo(ctx.app, 'again@example.se', 'invitation');
    const second = await adminInvite(admin.cookie, { email: 'again@example.se', roles: [{ role: 'analyst' }] });
    expect(second.json()).toMatchObject({ outcome: 'invited' });
    const latest = await tokenMailedTo(ctx.app, 'again@example.se', 'invitation');
    expect((await accept(first)).json().error.code).toBe('token_expired');
    expect((await accept(latest)).statusCode).toBe(204);
  });

  it('asks an existing account to accept: an administrator sees that it exists, the roles come only with the acceptance', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const existing = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const org = await organisationIdByCode(ctx.app, '0180');
    const response = await adminInvite(admin.cookie, { email: existing.email, roles: [{ role: 'respondent', organisationId: org }] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ userId: existing.id, email: existing.email, outcome: 'acceptance_requested' });
    const mail = await lastMailTo(ctx.app, existing.email);
    expect(mail).toMatchObject({ kind: 'invitation' });
    expect(mail!.body_text).toContain('Stockholm');
    expect(mail!.body_text).toContain('https://mognad.example.se/inbjudan?token=');
    expect(await rolesOf(existing.cookie)).toEqual(['viewer']);

    const token = await tokenMailedTo(ctx.app, existing.email, 'invitation');
    expect((await acceptWithAccount(existing.cookie, token)).statusCode).toBe(204);
    expect(await rolesOf(existing.cookie)).toEqual(['viewer', 'respondent']);
  });

  it('tells an administrator that an account is disabled, and sends it nothing', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const disabled = await createUser(ctx.app, []);
    await ctx.app.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', disabled.id).execute();
    const response = await adminInvite(admin.cookie, { email: disabled.email, roles: [{ role: 'analyst' }] });
    expect(response.statusCode).toBe(409);
    expect(await lastMailTo(ctx.app, disabled.email)).toBeUndefined();
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
        method: 'POST',
        url: `/api/organisations/${organisationId}/invitations`,
        headers: { cookie: respondent.cookie },
        payload: { email, role },
      });

    const ok = await invite(own, 'kollega@example.se');
    expect(ok.statusCode).toBe(202);
    expect(ok.json()).toEqual({ email: 'kollega@example.se', delivery: 'outbox' });
    const mail = await lastMailTo(ctx.app, 'kollega@example.se', 'invitation');
    expect(mail?.organisation_id).toBe(own);

    const elsewhere = await invite(other, 'intrang@example.se');
    expect(elsewhere.statusCode).toBe(404);
    expect(await lastMailTo(ctx.app, 'intrang@example.se')).toBeUndefined();

    const national = await invite(own, 'chef@example.se', 'admin');
    expect(national.statusCode).toBe(400);

    const viewer = await loginAs(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const byViewer = await ctx.app.inject({
      method: 'POST',
      url: `/api/organisations/${own}/invitations`,
      headers: { cookie: viewer.cookie },
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
    expect(all.json().messages[0]).toMatchObject({
      kind: 'invitation',
      sentAt: null,
      error: null,
      text: expect.stringContaining('/inbjudan?token='),
    });
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/admin/outbox', headers: { cookie: analyst.cookie } })).statusCode).toBe(403);
  });
});

describe('a respondent inviting reveals nothing and grants nothing by itself', () => {
  const inviteAs = (cookie: string, organisationId: number, email: string, role = 'viewer') =>
    ctx.app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/invitations`, headers: { cookie }, payload: { email, role } });

  it('answers the same for a new address, an existing account and a disabled one', async () => {
    const own = await organisationIdByCode(ctx.app, '0117');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0117' }]);
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const disabled = await createUser(ctx.app, []);
    await ctx.app.db.updateTable('app_user').set({ disabled_at: new Date() }).where('id', '=', disabled.id).execute();

    const answers = [];
    for (const email of ['alldeles.ny@example.se', analyst.email, disabled.email]) {
      const response = await inviteAs(respondent.cookie, own, email);
      answers.push({ status: response.statusCode, body: response.json(), email });
    }
    for (const { status, body, email } of answers) {
      expect(status).toBe(202);
      expect(body).toEqual({ email, delivery: 'outbox' });
    }
    // The analyst gained nothing without accepting, and the disabled account got no mail.
    expect(await rolesOf(analyst.cookie)).toEqual(['analyst']);
    expect(await lastMailTo(ctx.app, analyst.email, 'invitation')).toBeDefined();
    expect(await lastMailTo(ctx.app, disabled.email)).toBeUndefined();
  });

  it('gives an existing account the role when it accepts, logged in as itself', async () => {
    const own = await organisationIdByCode(ctx.app, '0120');
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0120' }]);
    const analyst = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const someoneElse = await loginAs(ctx.app, []);
    await inviteAs(respondent.cookie, own, analyst.email);
    const token = await tokenMailedTo(ctx.app, analyst.email, 'invitation');

    const described = await describeInvitation(token);
    expect(described.json()).toEqual({
      auditor: null,
      email: analyst.email,
      hasAccount: true,
      roles: [{ role: 'viewer', organisationName: 'Värmdö' }],
    });
    const withPassword = await accept(token);
    expect(withPassword.statusCode).toBe(400);
    expect(withPassword.json().error.code).toBe('invitation_needs_login');
    const byOther = await acceptWithAccount(someoneElse.cookie, token);
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().error.code).toBe('invitation_for_another_account');
    expect(await rolesOf(someoneElse.cookie)).toEqual([]);

    expect((await acceptWithAccount(analyst.cookie, token)).statusCode).toBe(204);
    expect(await rolesOf(analyst.cookie)).toEqual(['analyst', 'viewer']);
    expect((await acceptWithAccount(analyst.cookie, token)).json().error.code).toBe('token_used');
  });

  it("keeps an administrator's pending invitation when a respondent invites the same address", async () => {
    const own = await organisationIdByCode(ctx.app, '0125');
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const respondent = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0125' }]);
    await adminInvite(admin.cookie, { email: 'bada@example.se', roles: [{ role: 'analyst' }] });
    const fromAdmin = await tokenMailedTo(ctx.app, 'bada@example.se', 'invitation');
    await inviteAs(respondent.cookie, own, 'bada@example.se');
    const fromRespondent = await tokenMailedTo(ctx.app, 'bada@example.se', 'invitation');
    expect(fromRespondent).not.toBe(fromAdmin);

    expect((await accept(fromAdmin)).statusCode).toBe(204);
    const loggedIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: remoteAddress(),
      payload: { email: 'bada@example.se', password: STRONG },
    });
    const cookie = `mognad_session=${loggedIn.cookies.find((c) => c.name === 'mognad_session')!.value}`;
    expect(await rolesOf(cookie)).toEqual(['analyst']);
    expect((await describeInvitation(fromRespondent)).json().hasAccount).toBe(true);
    expect((await acceptWithAccount(cookie, fromRespondent)).statusCode).toBe(204);
    expect(await rolesOf(cookie)).toEqual(['analyst', 'viewer']);
  });
});
