import { sql, type Expression } from 'kysely';
import type { Role } from '#shared/api/auth';
import type { MfaSessionState } from '#shared/api/mfa';
import type { Config } from '#server/config';
import type { Db } from '#server/db/sql';

/**
 * Where a session stands with its second factor (docs/decisions/0024):
 * `pending` until a second factor succeeded after the password;
 * `enrolment_required` while the user holds a role that requires MFA and has
 * no factor set up — but for a federated login whose provider asserted MFA
 * (`mfaAsserted`, server/federation/session.ts) and the bootstrap administrator of the environment
 * (interfaces §4), who may log in with its password until MFA is set up.
 */
export function mfaStateOf(
  config: Pick<Config, 'mfaRequiredRoles' | 'admin'>,
  session: { mfaPending: boolean; hasSecondFactor: boolean; mfaAsserted?: boolean; email: string; roles: readonly { role: Role }[] },
): MfaSessionState {
  if (session.mfaPending) return 'pending';
  if (session.mfaAsserted || session.hasSecondFactor || !requiresMfa(config, session.roles)) return 'complete';
  return isBootstrapAdmin(config, session.email) ? 'complete' : 'enrolment_required';
}

/** The same, for a session as the session lookup reads it (server/auth/sessions.ts `findLiveSession`). */
export function mfaStateOfSession(
  config: Pick<Config, 'mfaRequiredRoles' | 'admin'>,
  session: { mfa_pending: boolean; has_second_factor: boolean; mfa_asserted: boolean; email: string; roles: readonly { role: Role }[] },
): MfaSessionState {
  return mfaStateOf(config, {
    mfaPending: session.mfa_pending,
    hasSecondFactor: session.has_second_factor,
    mfaAsserted: session.mfa_asserted,
    email: session.email,
    roles: session.roles,
  });
}

export const requiresMfa = (config: Pick<Config, 'mfaRequiredRoles'>, roles: readonly { role: Role }[]) =>
  roles.some((held) => config.mfaRequiredRoles.includes(held.role));

export const isBootstrapAdmin = (config: Pick<Config, 'admin'>, email: string) =>
  config.admin !== undefined && config.admin.email.toLowerCase() === email.toLowerCase();

/** SQL: whether the user (a column reference) has a second factor: a confirmed authenticator app or a passkey. */
export const hasSecondFactorSql = (userId: Expression<number>) => sql<boolean>`(
  exists (select 1 from user_totp t where t.user_id = ${userId} and t.confirmed_at is not null)
  or exists (select 1 from user_passkey p where p.user_id = ${userId}))`;

export async function hasSecondFactor(db: Db, userId: number): Promise<boolean> {
  const row = await db.selectNoFrom(hasSecondFactorSql(sql.val(userId)).as('has')).executeTakeFirstOrThrow();
  return row.has;
}

/** The second factors a user can answer a challenge with. */
export async function methodsOf(db: Db, userId: number) {
  const row = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('user_totp').select('user_id').where('user_id', '=', userId).where('confirmed_at', 'is not', null)).as('totp'),
      eb.exists(eb.selectFrom('user_passkey').select('id').where('user_id', '=', userId)).as('passkey'),
      eb.exists(eb.selectFrom('user_recovery_code').select('id').where('user_id', '=', userId).where('used_at', 'is', null)).as('recoveryCode'),
    ])
    .executeTakeFirstOrThrow();
  return { totp: Boolean(row.totp), passkey: Boolean(row.passkey), recoveryCode: Boolean(row.recoveryCode) };
}
