import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/app';
import { createUser } from './support/auth';

const ctx = useTestApp();

type Attempt = { email: string; password: string; ip: string; device?: string };

function attempt({ email, password, ip, device }: Attempt) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { email, password },
    ...(device && { cookies: { mognad_device: device } }),
  });
}

/** Password checks made for an address: one login_attempt row per argon2 verification. */
async function verifications(email: string) {
  const row = await ctx.app.db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function throttledMails(email: string) {
  return ctx.app.db
    .selectFrom('outbox_message')
    .select(['id', 'body_text'])
    .where('to_address', '=', email)
    .where('kind', '=', 'login_throttled')
    .execute();
}

describe('login throttling', () => {
  it('checks at most five of 20 concurrent wrong passwords from one address', async () => {
    const user = await createUser(ctx.app, []);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt({ email: user.email, password: `wrong ${i}`, ip: '10.1.0.1' })));
    const statuses = answers.map((a) => a.statusCode);
    expect(await verifications(user.email)).toBe(5);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = answers.find((a) => a.statusCode === 429)!;
    expect(refused.json().error.code).toBe('too_many_attempts');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('holds the account limit against 30 concurrent attempts from 30 addresses, and mails the holder once', async () => {
    const user = await createUser(ctx.app, []);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt({ email: user.email, password: `wrong ${i}`, ip: `10.2.0.${i + 1}` })),
    );
    expect(await verifications(user.email)).toBe(5);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(25);

    await attempt({ email: user.email, password: 'yet another', ip: '10.2.1.1' });
    const mails = await throttledMails(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body_text).toContain('/glomt-losenord');
  });

  it('lets the holder in from a browser that logged in before while the account is throttled for others', async () => {
    const user = await createUser(ctx.app, []);
    const first = await attempt({ email: user.email, password: user.password, ip: '10.3.0.1' });
    expect(first.statusCode).toBe(200);
    const device = first.cookies.find((c) => c.name === 'mognad_device');
    expect(device).toMatchObject({ httpOnly: true, path: '/api/auth', sameSite: 'Strict' });

    await Promise.all(Array.from({ length: 12 }, (_, i) => attempt({ email: user.email, password: `guess ${i}`, ip: `10.3.1.${i + 1}` })));
    const elsewhere = await attempt({ email: user.email, password: user.password, ip: '10.3.2.1' });
    expect(elsewhere.statusCode).toBe(429);

    const known = await attempt({ email: user.email, password: user.password, ip: '10.3.0.1', device: device!.value });
    expect(known.statusCode).toBe(200);
    expect(known.cookies.find((c) => c.name === 'mognad_session')).toBeDefined();
    // The known device does not lift the throttle for anyone else.
    expect((await attempt({ email: user.email, password: 'guess again', ip: '10.3.2.2' })).statusCode).toBe(429);
    expect(await throttledMails(user.email)).toHaveLength(1);
  });

  it('does not let one account’s device cookie pass for another, and stops trusting a device after its own failures', async () => {
    const owner = await createUser(ctx.app, []);
    const other = await createUser(ctx.app, []);
    const device = (await attempt({ email: owner.email, password: owner.password, ip: '10.4.0.1' })).cookies.find(
      (c) => c.name === 'mognad_device',
    )!.value;

    await Promise.all(Array.from({ length: 8 }, (_, i) => attempt({ email: other.email, password: `x ${i}`, ip: '10.4.0.1', device })));
    expect(await verifications(other.email)).toBe(5);

    await Promise.all(Array.from({ length: 12 }, (_, i) => attempt({ email: owner.email, password: `y ${i}`, ip: '10.4.0.2', device })));
    // Five on the device's own allowance, then the account's five: never more.
    expect(await verifications(owner.email)).toBe(1 + 5 + 5);
    const after = await attempt({ email: owner.email, password: owner.password, ip: '10.4.0.2', device });
    expect(after.statusCode).toBe(429);
  });

  it('throttles an unknown address the same as an account, so the answer does not tell which exists', async () => {
    const user = await createUser(ctx.app, []);
    const answers = async (email: string, ip: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await attempt({ email, password: `nope ${i}`, ip })).statusCode);
      return statuses;
    };
    expect(await answers(user.email, '10.5.0.1')).toEqual(await answers('nobody-here@example.se', '10.5.0.2'));
    expect(await throttledMails('nobody-here@example.se')).toEqual([]);
  });

  it('lets one attempt through per delay, and the delay doubles', async () => {
    const user = await createUser(ctx.app, []);
    for (let i = 0; i < 5; i++) await attempt({ email: user.email, password: `wrong ${i}`, ip: '10.6.0.1' });
    // The wait the last attempt let through was given, counted from that attempt (exact however busy the machine is),
    // and that attempt was this one: the wait left now is no more than that, and not much less.
    const expectWaitOf = async (seconds: number) => {
      const row = await ctx.app.db
        .selectFrom('login_throttle')
        .select([
          sql<number>`extract(epoch from next_allowed_at - last_attempt_at)::float`.as('given'),
          sql<number>`extract(epoch from next_allowed_at - now())::float`.as('left'),
        ])
        .where('key', '=', `account:${user.email}`)
        .executeTakeFirstOrThrow();
      expect(row.given).toBeCloseTo(seconds, 0);
      expect(row.left).toBeLessThanOrEqual(seconds);
      expect(row.left).toBeGreaterThan(seconds - 20);
    };
    await expectWaitOf(30);
    expect((await attempt({ email: user.email, password: user.password, ip: '10.6.0.1' })).statusCode).toBe(429);

    await ctx.app.db
      .updateTable('login_throttle')
      .set({ next_allowed_at: sql<Date>`now()` })
      .where('key', '=', `account:${user.email}`)
      .execute();
    expect((await attempt({ email: user.email, password: 'still wrong', ip: '10.6.0.1' })).statusCode).toBe(401);
    await expectWaitOf(60);
    expect((await attempt({ email: user.email, password: user.password, ip: '10.6.0.1' })).statusCode).toBe(429);

    await ctx.app.db
      .updateTable('login_throttle')
      .set({ next_allowed_at: sql<Date>`now()` })
      .where('key', '=', `account:${user.email}`)
      .execute();
    expect((await attempt({ email: user.email, password: user.password, ip: '10.6.0.1' })).statusCode).toBe(200);
    // The owner got in: the account's counter starts again.
    expect(await ctx.app.db.selectFrom('login_throttle').select('key').where('key', '=', `account:${user.email}`).execute()).toEqual([]);
  });

  it('throttles an address that failed on many accounts', async () => {
    await ctx.app.db
      .insertInto('login_throttle')
      .values({ key: 'address:10.7.0.1', attempts: 20, next_allowed_at: sql<Date>`now() + interval '5 minutes'` })
      .execute();
    const user = await createUser(ctx.app, []);
    const refused = await attempt({ email: user.email, password: user.password, ip: '10.7.0.1' });
    expect(refused.statusCode).toBe(429);
    expect(await verifications(user.email)).toBe(0);
    expect((await attempt({ email: user.email, password: user.password, ip: '10.7.0.2' })).statusCode).toBe(200);
  });
});
