import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import { TooManyAttempts } from '#server/auth/login';
import { newSecretToken } from '#server/auth/tokens';
import { reserveAttempt, resetCounter, type ThrottlePolicy } from '#server/auth/throttle';

/**
 * Guessing a six-digit code: five free attempts per account, then one per
 * delay doubling from 30 s to 15 min (the login's scheme, docs/decisions/0009).
 * 1,000,000 codes, three valid at a time: about one chance in 66,000 per
 * attempt, so a day of guessing at the cap buys about 100 attempts.
 */
export const MFA_POLICY: ThrottlePolicy = { free: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 60 * 60 };
export const mfaKey = (userId: number) => `mfa:${userId}`;

/** Reserves one code attempt for the user before any code is checked; 429 when the user must wait. */
export async function reserveCodeAttempt(db: Db, userId: number): Promise<void> {
  const reservation = await reserveAttempt(db, mfaKey(userId), MFA_POLICY);
  if (!reservation.allowed) throw new TooManyAttempts(reservation.retryAfterSeconds);
}

export const forgiveCodeAttempts = (db: Db, userId: number) => resetCounter(db, mfaKey(userId));

/**
 * The second factor succeeded: the session becomes complete under a new
 * token (a session's privileges changed, so its identifier does too).
 * Returns the new cookie token.
 */
export async function completeSession(db: Db, sessionHash: string): Promise<string> {
  const { token, hash } = newSecretToken();
  await db
    .updateTable('session')
    .set({ id_hash: hash, mfa_pending: false, webauthn_challenge: null, last_seen_at: sql<Date>`now()` })
    .where('id_hash', '=', sessionHash)
    .execute();
  return token;
}
