import { sql } from 'kysely';
import { ACCOUNT_POLICY, ADDRESS_POLICY } from '#server/auth/throttle';
import { SESSION_IDLE_MS } from '#server/auth/sessions';
import type { Db } from '#server/db/sql';

/** How long a used or expired link (password reset, e-mail change) is kept, so that it is still refused as expired, not unknown. */
export const SPENT_TOKEN_DAYS = 30;
const throttleForgetSeconds = Math.max(ACCOUNT_POLICY.forgetAfterSeconds, ADDRESS_POLICY.forgetAfterSeconds);

export type PurgeCounts = {
  sessions: number;
  federatedLogins: number;
  userTokens: number;
  loginAttempts: number;
  loginThrottles: number;
};

const count = (result: { numDeletedRows: bigint }[]) => Number(result.reduce((sum, r) => sum + r.numDeletedRows, 0n));

/**
 * Deletes what has served its purpose and names people (storage limitation, GDPR art. 5.1 e): sessions past their end
 * (absolute or idle), logins at an identity provider never answered, spent links after SPENT_TOKEN_DAYS, login
 * throttles nobody is held by, and login attempts (e-mail and IP address) older than the retention, except each
 * address's latest successful one: the administrator's user list shows it as the last login (a retention of 0 keeps
 * them all). The audit log is not
 * touched: it is the record of who changed what.
 */
export async function purgeExpired(db: Db, options: { loginAttemptRetentionDays: number }): Promise<PurgeCounts> {
  const sessions = await db
    .deleteFrom('session')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(secs => ${SESSION_IDLE_MS / 1000})`),
      ]),
    )
    .execute();
  const federatedLogins = await db
    .deleteFrom('federated_login')
    .where('expires_at', '<=', sql<Date>`now()`)
    .execute();
  const userTokens = await db
    .deleteFrom('user_token')
    .where('expires_at', '<=', sql<Date>`now() - make_interval(days => ${SPENT_TOKEN_DAYS})`)
    .execute();
  const loginThrottles = await db
    .deleteFrom('login_throttle')
    .where('next_allowed_at', '<=', sql<Date>`now()`)
    .where('last_attempt_at', '<', sql<Date>`now() - make_interval(secs => ${throttleForgetSeconds})`)
    .execute();
  // Each address's latest successful attempt stays: a failed attempt, or a success with a later success, goes.
  const loginAttempts =
    options.loginAttemptRetentionDays === 0
      ? []
      : await db
          .deleteFrom('login_attempt as old')
          .where('old.at', '<', sql<Date>`now() - make_interval(days => ${options.loginAttemptRetentionDays})`)
          .where((eb) =>
            eb.or([
              eb('old.succeeded', '=', false),
              eb.exists(
                eb
                  .selectFrom('login_attempt as later')
                  .select(sql`1`.as('one'))
                  .whereRef('later.email', '=', 'old.email')
                  .where('later.succeeded', '=', true)
                  .whereRef('later.at', '>', 'old.at'),
              ),
            ]),
          )
          .execute();
  return {
    sessions: count(sessions),
    federatedLogins: count(federatedLogins),
    userTokens: count(userTokens),
    loginAttempts: count(loginAttempts),
    loginThrottles: count(loginThrottles),
  };
}
