import type { Actor } from '#server/audit/actor';
import { recordAudit } from '#server/audit/repository';
import type { Db } from '#server/db/sql';
import { resetCounter } from '#server/auth/throttle';
import { methodsOf } from './state';
import { mfaKey } from './verify';

/** What an administrator sees of a user's MFA: which factors are set up (never their secrets). */
export async function mfaSummary(db: Db, userId: number) {
  const methods = await methodsOf(db, userId);
  const passkeys = await db
    .selectFrom('user_passkey')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { totp: methods.totp, passkeys: Number(passkeys.n), recoveryCodes: methods.recoveryCode };
}

/**
 * An administrator's reset of a user's MFA (a lost phone and lost codes):
 * the app, passkeys and recovery codes are removed and the user's sessions
 * end, in one transaction with its audit entry. At the next login the user
 * sets MFA up again (led to it when the role requires it).
 */
export async function resetMfa(db: Db, actor: Actor, user: { id: number; email: string }) {
  await db.transaction().execute(async (trx) => {
    const removed = await mfaSummary(trx, user.id);
    await trx.deleteFrom('user_totp').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('user_passkey').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('user_recovery_code').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('session').where('user_id', '=', user.id).execute();
    await resetCounter(trx, mfaKey(user.id));
    await recordAudit(trx, {
      actorUserId: actor.id,
      action: 'user.mfa_reset',
      ip: actor.ip,
      details: { userId: user.id, email: user.email, removed },
    });
  });
}
