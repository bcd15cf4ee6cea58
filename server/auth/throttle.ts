import { sql, type RawBuilder } from 'kysely';
import type { Db } from '#server/db/sql';

/**
 * How a counter throttles (docs/decisions/0009): the first `free` attempts
 * pass; after that one attempt is allowed per delay, and the delay doubles
 * from `baseDelaySeconds` up to `maxDelaySeconds`. A counter nobody touched
 * for `forgetAfterSeconds` starts again from zero.
 */
export type ThrottlePolicy = { free: number; baseDelaySeconds: number; maxDelaySeconds: number; forgetAfterSeconds: number };

export const ACCOUNT_POLICY: ThrottlePolicy = { free: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 60 * 60 };
// An office or a municipality's network shares an address: more room, same growth.
export const ADDRESS_POLICY: ThrottlePolicy = { free: 20, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 60 * 60 };

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

export type Reservation = { allowed: true; attempts: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Reserves one attempt on a counter, or refuses it, in one statement: the
 * row lock of INSERT … ON CONFLICT DO UPDATE makes concurrent attempts count
 * one after another, so no more than the policy allows are ever let through.
 * Called before the password is checked; a success gives it back (reset/refund).
 */
export async function reserveAttempt(db: Db, key: string, policy: ThrottlePolicy): Promise<Reservation> {
  const forgotten = sql<boolean>`login_throttle.last_attempt_at < now() - make_interval(secs => ${policy.forgetAfterSeconds})`;
  const attempts = sql<number>`(case when ${forgotten} then 1 else login_throttle.attempts + 1 end)`;
  const row = await db
    .insertInto('login_throttle')
    .values({ key, attempts: 1, last_attempt_at: sql<Date>`now()`, next_allowed_at: nextAllowedAt(sql<number>`1`, policy) })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          attempts,
          last_attempt_at: sql<Date>`now()`,
          next_allowed_at: nextAllowedAt(attempts, policy),
          notified_at: sql<Date | null>`case when ${forgotten} then null else login_throttle.notified_at end`,
        })
        .where(sql<boolean>`${forgotten} or login_throttle.attempts < ${policy.free} or login_throttle.next_allowed_at <= now()`),
    )
    .returning('attempts')
    .executeTakeFirst();
  if (row) return { allowed: true, attempts: row.attempts };
  const held = await db
    .selectFrom('login_throttle')
    .select(sql<number>`greatest(1, ceil(extract(epoch from next_allowed_at - now())))::int`.as('seconds'))
    .where('key', '=', key)
    .executeTakeFirst();
  return { allowed: false, retryAfterSeconds: held?.seconds ?? policy.baseDelaySeconds };
}

/** Until the free attempts are used up, no wait; then the delay doubles with every attempt. */
function nextAllowedAt(attempts: RawBuilder<number>, policy: ThrottlePolicy) {
  return sql<Date>`case when ${attempts} < ${policy.free} then now()
    else now() + make_interval(secs => least(${policy.maxDelaySeconds}, ${policy.baseDelaySeconds} * power(2, ${attempts} - ${policy.free}))) end`;
}

/** The account's owner got in: its counter starts again. */
export async function resetCounter(db: Db, key: string) {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** A successful login from an address does not count against it. */
export async function refundAttempt(db: Db, key: string) {
  await db
    .updateTable('login_throttle')
    .set({ attempts: sql<number>`greatest(attempts - 1, 0)` })
    .where('key', '=', key)
    .execute();
}

/**
 * Marks the counter as notified unless it already was in this window; true
 * for exactly one caller per window, however many attempts race.
 */
export async function claimNotification(db: Db, key: string): Promise<boolean> {
  const row = await db
    .updateTable('login_throttle')
    .set({ notified_at: sql<Date>`now()` })
    .where('key', '=', key)
    .where('notified_at', 'is', null)
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}
