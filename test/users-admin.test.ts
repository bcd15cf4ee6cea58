import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser, login, loginAs, organisationIdByCode } from './support/auth';

const ctx = useTestApp();

const get = (cookie: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });

describe('user administration', () => {
  it('lists users with roles, organisation names, last login and open invitations', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const anna = await loginAs(ctx.app, [{ role: 'respondent', organisationCode: '0114' }], { email: 'anna.andersson@example.se' });
    await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/users/invite',
      headers: { cookie: admin.cookie },
      payload: { email: 'anna.pending@example.se', name: 'Anna Väntar', roles: [{ role: 'analyst' }] },
    });

    const list = await get(admin.cookie, '/api/admin/users?search=ANNA');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(2);
    const [active, pending] = list.json().users;
    expect(active).toMatchObject({
      id: anna.id,
      email: 'anna.andersson@example.se',
      hasPassword: true,
      lastLoginAt: expect.any(String),
      pendingInvitationExpiresAt: null,
      roles: [{ role: 'respondent', organisationName: 'Upplands Väsby', id: expect.any(Number) }],
    });
    expect(pending).toMatchObject({ name: 'Anna Väntar', hasPassword: false, lastLoginAt: null, pendingInvitationExpiresAt: expect.any(String) });

    const org = await organisationIdByCode(ctx.app, '0114');
    const byOrg = await get(admin.cookie, `/api/admin/users?organisationId=${org}&role=respondent`);
    expect(byOrg.json().users.map((u: { id: number }) => u.id)).toEqual([anna.id]);
  });

  it('grants and revokes roles, with the change in force at once and audited', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const user = await loginAs(ctx.app, []);
    const granted = await ctx.app.inject({
      method: 'POST',
      url: `/api/admin/users/${user.id}/roles`,
      headers: { cookie: admin.cookie },
      payload: { role: 'analyst' },
    });
    expect(granted.statusCode).toBe(201);
    const roleId = granted.json().role.id;
    expect((await get(user.cookie, '/api/organisations')).json().organisations.length).toBeGreaterThan(289);

    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/admin/users/${user.id}/roles`,
      headers: { cookie: admin.cookie },
      payload: { role: 'analyst' },
    });
    expect(again.statusCode).toBe(409);

    const revoked = await ctx.app.inject({ method: 'DELETE', url: `/api/admin/users/${user.id}/roles/${roleId}`, headers: { cookie: admin.cookie } });
    expect(revoked.statusCode).toBe(204);
    expect((await get(user.cookie, '/api/organisations')).json().organisations).toEqual([]);
    const missing = await ctx.app.inject({ method: 'DELETE', url: `/api/admin/users/${user.id}/roles/${roleId}`, headers: { cookie: admin.cookie } });
    expect(missing.statusCode).toBe(404);

    const audit = await get(admin.cookie, '/api/admin/audit?action=role.');
    const actions = audit
      .json()
      .entries.filter((e: { details: { userId: number } }) => e.details.userId === user.id)
      .map((e: { action: string }) => e.action);
    expect(actions).toEqual(['role.revoked', 'role.granted']);
  });

  it('disables an account: sessions end and login fails; enabling lets the person back', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const user = await createUser(ctx.app, [{ role: 'viewer', organisationCode: '0114' }]);
    const session = await login(ctx.app, user.email, user.password);
    const disabled = await ctx.app.inject({ method: 'POST', url: `/api/admin/users/${user.id}/disable`, headers: { cookie: admin.cookie } });
    expect(disabled.statusCode).toBe(204);
    expect((await get(session, '/api/auth/me')).statusCode).toBe(401);
    expect(await ctx.app.db.selectFrom('session').select('id_hash').where('user_id', '=', user.id).execute()).toEqual([]);
    await expect(login(ctx.app, user.email, user.password)).rejects.toThrow(/401/);
    const reset = await ctx.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: user.email } });
    expect(reset.statusCode).toBe(202);
    expect(await ctx.app.db.selectFrom('user_token').select('id').where('user_id', '=', user.id).execute()).toEqual([]);

    expect((await ctx.app.inject({ method: 'POST', url: `/api/admin/users/${user.id}/enable`, headers: { cookie: admin.cookie } })).statusCode).toBe(
      204,
    );
    expect((await get(await login(ctx.app, user.email, user.password), '/api/auth/me')).statusCode).toBe(200);
  });

  it('keeps administrators from locking themselves out', async () => {
    const admin = await loginAs(ctx.app, [{ role: 'admin' }]);
    const self = await ctx.app.inject({ method: 'POST', url: `/api/admin/users/${admin.id}/disable`, headers: { cookie: admin.cookie } });
    expect(self.statusCode).toBe(409);
    const detail = await get(admin.cookie, `/api/admin/users/${admin.id}`);
    const roleId = detail.json().user.roles[0].id;
    const revoke = await ctx.app.inject({ method: 'DELETE', url: `/api/admin/users/${admin.id}/roles/${roleId}`, headers: { cookie: admin.cookie } });
    expect(revoke.statusCode).toBe(409);
  });
});
