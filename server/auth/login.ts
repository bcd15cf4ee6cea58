import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { HttpError } from '../errors';
import { findUserByEmail } from '../users/repository';
import { verifyAgainstNothing, verifyPassword } from './passwords';

/** Failed attempts allowed per account within the window before it is locked for a while. */
export const MAX_FAILED_ATTEMPTS = 5;
export const ATTEMPT_WINDOW_MINUTES = 15;

export const invalidCredentials = () =>
  new HttpError(401, 'invalid_credentials', 'Wrong e-mail address or password.');

const tooManyAttempts = () =>
  new HttpError(429, 'too_many_attempts', `Too many failed logins. Try again in ${ATTEMPT_WINDOW_MINUTES} minutes.`);

/**
 * Checks credentials; unknown e-mail and wrong password fail alike (same
 * message, same argon2 work). Every attempt is recorded for the lockout.
 */
export async function authenticate(db: Kysely<Database>, email: string, password: string, ip: string) {
  const failures = await db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('succeeded', '=', false)
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${ATTEMPT_WINDOW_MINUTES})`)
    .executeTakeFirstOrThrow();
  if (failures.n >= MAX_FAILED_ATTEMPTS) throw tooManyAttempts();

  const user = await findUserByEmail(db, email);
  const ok =
    user?.password_hash && !user.disabled_at
      ? await verifyPassword(user.password_hash, password)
      : await verifyAgainstNothing(password);
  await db.insertInto('login_attempt').values({ email, ip, succeeded: ok }).execute();
  if (!ok || !user) throw invalidCredentials();
  return user;
}
