import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '#server/config';
import type { Database } from '#server/db/schema';
import { HttpError } from '#server/errors';
import { deliverMail, queueMail } from '#server/mail/mailer';
import { findUserByEmail } from '#server/users/repository';
import { rememberDevice, reserveDeviceAttempt, trustDeviceAgain } from './devices';
import { verifyAgainstNothing, verifyPassword } from './passwords';
import { loginThrottledMail } from './throttle-mail';
import { ACCOUNT_POLICY, ADDRESS_POLICY, accountKey, addressKey, claimNotification, refundAttempt, reserveAttempt, resetCounter } from './throttle';

export type LoginDeps = { db: Kysely<Database>; config: Pick<Config, 'publicUrl' | 'smtpUrl' | 'mailFrom'>; log: FastifyBaseLogger };
export type LoginInput = { email: string; password: string; ip: string; deviceToken: string | undefined };

export const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'Wrong e-mail address or password.');

export class TooManyAttempts extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
    super(429, 'too_many_attempts', `Too many failed logins. Try again in ${wait}.`, { retryAfterSeconds });
  }
}

/**
 * Checks credentials (docs/decisions/0009). Before any password is checked
 * the attempt is reserved on the address's and the account's counters, or on
 * the device's own allowance when the browser logged in to this account
 * before; a refused reservation answers 429 without checking. Unknown e-mail
 * and wrong password fail alike (same message, same argon2 work, same
 * throttling). Returns the user and, when this browser is new to the account,
 * a device token to set as its cookie.
 */
export async function authenticate(deps: LoginDeps, input: LoginInput) {
  const { db } = deps;
  const deviceId = input.deviceToken ? await reserveDeviceAttempt(db, input.deviceToken, input.email) : undefined;
  let accountAttempts = 0;
  if (deviceId === undefined) {
    const address = await reserveAttempt(db, addressKey(input.ip), ADDRESS_POLICY);
    if (!address.allowed) throw new TooManyAttempts(address.retryAfterSeconds);
    const account = await reserveAttempt(db, accountKey(input.email), ACCOUNT_POLICY);
    if (!account.allowed) {
      await notifyHolder(deps, input.email);
      throw new TooManyAttempts(account.retryAfterSeconds);
    }
    accountAttempts = account.attempts;
  }

  const user = await findUserByEmail(db, input.email);
  const ok =
    user?.password_hash && !user.disabled_at ? await verifyPassword(user.password_hash, input.password) : await verifyAgainstNothing(input.password);
  await db.insertInto('login_attempt').values({ email: input.email, ip: input.ip, succeeded: ok }).execute();
  if (!ok || !user) {
    if (accountAttempts >= ACCOUNT_POLICY.free) await notifyHolder(deps, input.email);
    throw invalidCredentials();
  }

  if (deviceId !== undefined) {
    await trustDeviceAgain(db, deviceId);
    return { user, newDeviceToken: null };
  }
  await resetCounter(db, accountKey(input.email));
  await refundAttempt(db, addressKey(input.ip));
  return { user, newDeviceToken: await rememberDevice(db, user.id) };
}

/** Tells the account's holder, once per throttling window, that logins to it are being slowed down. */
async function notifyHolder(deps: LoginDeps, email: string) {
  const user = await findUserByEmail(deps.db, email);
  if (!user?.password_hash || user.disabled_at) return;
  if (!(await claimNotification(deps.db, accountKey(email)))) return;
  const url = `${deps.config.publicUrl.replace(/\/+$/, '')}/glomt-losenord`;
  const mailId = await queueMail(deps.db, { to: user.email, ...loginThrottledMail({ url }), kind: 'login_throttled', userId: user.id });
  // Not awaited: the answer must not take longer for an existing account than for an unknown one.
  void deliverMail(deps, mailId);
}
