import { recordAudit } from '#server/audit/repository';
import { validationFailed } from '#server/errors';
import { queueMail } from '#server/mail/mailer';
import { link, passwordResetMail } from '#server/mail/templates';
import { findUserByEmail, findUserById, setPassword } from '#server/users/repository';
import type { AccountDeps } from './invitations';
import { hashPassword, passwordProblem } from './passwords';
import { deleteUserSessions } from './sessions';
import { expireOpenTokens, issueUserToken, markTokenUsed, takeUserToken } from './user-tokens';

export const PASSWORD_RESET_PATH = '/aterstall-losenord';

/**
 * Queues a reset link when the account exists and is enabled; says nothing
 * either way, so the answer does not reveal who has an account.
 * Returns the outbox id to deliver, or null.
 */
export async function requestPasswordReset(deps: AccountDeps, email: string, ip: string): Promise<number | null> {
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.disabled_at) return null;
  return deps.db.transaction().execute(async (trx) => {
    const { token } = await issueUserToken(trx, { userId: user.id, purpose: 'password_reset', createdByUserId: null });
    const mail = passwordResetMail({ url: link(deps.config.publicUrl, PASSWORD_RESET_PATH, token) });
    const mailId = await queueMail(trx, { to: user.email, ...mail, kind: 'password_reset', userId: user.id });
    await recordAudit(trx, { actorUserId: null, action: 'auth.password_reset_requested', ip, details: { userId: user.id } });
    return mailId;
  });
}

/** Sets the new password and logs the user out everywhere. */
export async function confirmPasswordReset(deps: AccountDeps, input: { token: string; password: string; ip: string }) {
  const userId = await deps.db.transaction().execute(async (trx) => {
    const token = await takeUserToken(trx, input.token, 'password_reset');
    const user = (await findUserById(trx, token.userId))!;
    const problem = passwordProblem(input.password, [user.email, user.name]);
    if (problem) throw validationFailed('body.password', problem.rule, problem.message, { minimum: problem.minimum });
    await setPassword(trx, user.id, await hashPassword(input.password));
    await markTokenUsed(trx, token.id);
    await expireOpenTokens(trx, user.id);
    await recordAudit(trx, { actorUserId: user.id, action: 'auth.password_reset', ip: input.ip, details: { userId: user.id } });
    return user.id;
  });
  await deleteUserSessions(deps.db, userId);
}
