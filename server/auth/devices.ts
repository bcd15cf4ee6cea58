import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import { hashToken, newSecretToken } from './tokens';

/**
 * OWASP's device cookie: a browser that logged in to an account gets a
 * random token (only its hash is stored) and is then exempt from that
 * account's throttle, so an attacker cannot lock the owner out. The device
 * has its own small allowance of failures; past it, it is treated as unknown.
 */
export const DEVICE_COOKIE = 'mognad_device';
export const DEVICE_COOKIE_PATH = '/api/auth';
export const DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;
export const DEVICE_FREE_FAILURES = 5;

/**
 * Reserves an attempt on the device if the cookie belongs to the account of
 * this e-mail and the device is still trusted; its id, or undefined (unknown
 * device, another account's, or too many failures). One statement, like the
 * counters, so concurrent attempts cannot pass the allowance.
 */
export async function reserveDeviceAttempt(db: Db, token: string, email: string): Promise<number | undefined> {
  const row = await db
    .updateTable('login_device')
    .set({ failed_attempts: sql<number>`failed_attempts + 1`, last_used_at: sql<Date>`now()` })
    .where('token_hash', '=', hashToken(token))
    .where('failed_attempts', '<', DEVICE_FREE_FAILURES)
    .where('last_used_at', '>', sql<Date>`now() - make_interval(secs => ${DEVICE_LIFETIME_MS / 1000})`)
    .where('user_id', '=', (eb) => eb.selectFrom('app_user').select('id').where('email', '=', email.toLowerCase()))
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** The owner got in from the device: its failures are forgiven. */
export async function trustDeviceAgain(db: Db, deviceId: number) {
  await db.updateTable('login_device').set({ failed_attempts: 0 }).where('id', '=', deviceId).execute();
}

/** Remembers this browser for the user; returns the cookie's token. */
export async function rememberDevice(db: Db, userId: number): Promise<string> {
  const { token, hash } = newSecretToken();
  await db
    .deleteFrom('login_device')
    .where('user_id', '=', userId)
    .where('last_used_at', '<', sql<Date>`now() - make_interval(secs => ${DEVICE_LIFETIME_MS / 1000})`)
    .execute();
  await db.insertInto('login_device').values({ user_id: userId, token_hash: hash }).execute();
  return token;
}
