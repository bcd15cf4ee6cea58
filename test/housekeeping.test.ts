import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { purgeExpired } from '#server/housekeeping/purge';
import { createUser, loginAs } from './support/auth';
import { TEST_APP_ENV, useTestApp } from './support/app';

const ctx = useTestApp();
const ago = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
const hex = () => randomBytes(8).toString('hex');

describe('purging expired records', () => {
  it('deletes ended sessions, unanswered federated logins, spent links, idle throttles and old login attempts — and nothing else', async () => {
    const db = ctx.app.db;
    const user = await createUser(ctx.app, [{ role: 'analyst' }]);
    const live = await loginAs(ctx.app, [{ role: 'analyst' }]);
    const session = (hash: string, values: { expires_at: Date; last_seen_at: Date }) =>
      db
        .insertInto('session')
        .values({ id_hash: hash, user_id: user.id, ip: null, user_agent: null, ...values })
        .execute();
    await session('ended', { expires_at: ago(1), last_seen_at: ago(1.1) });
    await session('idle', { expires_at: ago(-0.5), last_seen_at: ago(0.25) });
    await session('current', { expires_at: ago(-0.5), last_seen_at: ago(0.01) });

    const provider = await db
      .insertInto('identity_provider')
      .values({ kind: 'saml', name: 'P', saml_sso_url: 'https://p.example/sso', saml_idp_certificates: ['x'] })
      .returning('id')
      .executeTakeFirstOrThrow();
    const login = (key: string, expires: Date) =>
      db
        .insertInto('federated_login')
        .values({ key_hash: key, provider_id: provider.id, domain: 'p.se', return_to: '/', expires_at: expires })
        .execute();
    await login('unanswered', ago(0.01));
    await login('under-way', ago(-0.005));

    const token = (hash: string, expires: Date) =>
      db.insertInto('user_token').values({ token_hash: hash, user_id: user.id, purpose: 'password_reset', expires_at: expires }).execute();
    await token('long-expired', ago(31));
    await token('recently-expired', ago(2));

    const throttle = (key: string, last: Date, next: Date) =>
      db.insertInto('login_throttle').values({ key, attempts: 9, last_attempt_at: last, next_allowed_at: next }).execute();
    await throttle('forgotten', ago(1), ago(1));
    await throttle('holding', ago(0.01), ago(-0.01));

    const attempt = (email: string, at: Date, succeeded: boolean) =>
      db.insertInto('login_attempt').values({ email, ip: '192.0.2.1', at, succeeded }).execute();
    const old = `old-${hex()}@example.se`;
    await attempt(old, ago(400), true);
    await attempt(old, ago(300), false);
    await attempt(old, ago(200), true); // this address's last login: kept
    await attempt(old, ago(100), false);
    await attempt(old, ago(10), false); // within the retention: kept
    const failedOnly = `nobody-${hex()}@example.se`;
    await attempt(failedOnly, ago(95), false);

    const counts = await purgeExpired(db, { loginAttemptRetentionDays: 90 });
    expect(counts).toEqual({ sessions: 2, federatedLogins: 1, userTokens: 1, loginAttempts: 4, loginThrottles: 1 });

    const hashes = (await db.selectFrom('session').select('id_hash').where('user_id', '=', user.id).execute()).map((r) => r.id_hash);
    expect(hashes).toEqual(['current']);
    expect((await db.selectFrom('federated_login').select('key_hash').execute()).map((r) => r.key_hash)).toEqual(['under-way']);
    expect((await db.selectFrom('user_token').select('token_hash').execute()).map((r) => r.token_hash)).toEqual(['recently-expired']);
    expect((await db.selectFrom('login_throttle').select('key').where('key', 'in', ['forgotten', 'holding']).execute()).map((r) => r.key)).toEqual([
      'holding',
    ]);
    const left = await db
      .selectFrom('login_attempt')
      .select(['email', 'succeeded', 'at'])
      .where('email', 'in', [old, failedOnly])
      .orderBy('at')
      .execute();
    expect(left.map((r) => [r.email, r.succeeded])).toEqual([
      [old, true],
      [old, false],
    ]);

    // The live login is untouched and the administrator still sees the old address's last login.
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: live.cookie } });
    expect(me.statusCode).toBe(200);
    expect(await purgeExpired(db, { loginAttemptRetentionDays: 90 })).toEqual({
      sessions: 0,
      federatedLogins: 0,
      userTokens: 0,
      loginAttempts: 0,
      loginThrottles: 0,
    });

    // A retention of 0 keeps login attempts.
    await attempt(failedOnly, ago(1000), false);
    expect((await purgeExpired(db, { loginAttemptRetentionDays: 0 })).loginAttempts).toBe(0);
  });

  it('runs on its own in a started app (HOUSEKEEPING_INTERVAL_MINUTES)', async () => {
    const user = await createUser(ctx.app, [{ role: 'analyst' }]);
    await ctx.app.db
      .insertInto('session')
      .values({ id_hash: `ended-${hex()}`, user_id: user.id, ip: null, user_agent: null, expires_at: ago(1), last_seen_at: ago(1) })
      .execute();
    const started = await buildApp({ config: loadConfig({ ...TEST_APP_ENV, HOUSEKEEPING_INTERVAL_MINUTES: '60' }), databaseUrl: ctx.databaseUrl });
    try {
      await started.listen({ port: 0, host: '127.0.0.1' });
      await expect
        .poll(
          async () =>
            (
              await ctx.app.db
                .selectFrom('session')
                .select(sql<number>`count(*)::int`.as('n'))
                .where('user_id', '=', user.id)
                .executeTakeFirstOrThrow()
            ).n,
        )
        .toBe(0);
    } finally {
      await started.close();
    }
  });
});
