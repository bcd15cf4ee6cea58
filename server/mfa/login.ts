import type { Role } from '#shared/api/auth';
import type { MfaSessionState } from '#shared/api/mfa';
import type { Config } from '#server/config';
import type { Db } from '#server/db/sql';
import { hasSecondFactor, mfaStateOf } from './state';

/**
 * What a session started by a first factor (a password, or a federated login
 * that did not assert MFA) must wait for: with a second factor set up, the
 * session starts `pending`; without one, it is `enrolment_required` when a
 * role requires MFA (but for the bootstrap administrator), else complete.
 * Every login that creates a session asks this first (docs/decisions/0024).
 */
export async function firstFactorSession(
  db: Db,
  config: Pick<Config, 'mfaRequiredRoles' | 'admin'>,
  user: { id: number; email: string; roles: { role: Role }[] },
): Promise<{ mfaPending: boolean; state: MfaSessionState }> {
  const hasFactor = await hasSecondFactor(db, user.id);
  const state = mfaStateOf(config, {
    mfaPending: hasFactor,
    hasSecondFactor: hasFactor,
    email: user.email,
    roles: user.roles,
  });
  return { mfaPending: hasFactor, state };
}
