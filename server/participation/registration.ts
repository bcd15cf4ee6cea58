import type { Kysely } from 'kysely';
import type { SessionUser } from '#shared/api/auth';
import type { RegistrationBody, RegistrationResult } from '#shared/api/round-admin';
import { recordAudit } from '#server/audit/repository';
import { hashPassword, passwordProblem } from '#server/auth/passwords';
import type { Database } from '#server/db/schema';
import { HttpError, validationFailed } from '#server/errors';
import { addRole, findUserByEmail, insertUser } from '#server/users/repository';
import { findUsableRegistration, markRegistrationUsed } from './registration-tokens';

/** What the registration page shows before the person fills in the form. */
export async function inspectRegistration(db: Kysely<Database>, token: string) {
  const row = await findUsableRegistration(db, token, { lock: false });
  return { organisationName: row.organisation_name, year: row.year, expiresAt: row.expires_at.toISOString() };
}

/**
 * Uses an organisation's registration link: a logged-in person gets the
 * respondent role; otherwise a new account is created from `account`. An
 * existing account must log in first, so a link holder cannot attach roles to
 * somebody else's account.
 */
export async function register(db: Kysely<Database>, user: SessionUser | null, body: RegistrationBody, ip: string): Promise<RegistrationResult> {
  // Hash before the transaction: argon2 is slow and the token row is locked inside it.
  const passwordHash = !user && body.account ? await checkedPasswordHash(body.account) : null;
  return db.transaction().execute(async (trx) => {
    const registration = await findUsableRegistration(trx, body.token, { lock: true });
    const { userId, outcome } = user ? { userId: user.id, outcome: 'role_added' as const } : await createAccount(trx, body, passwordHash);
    await addRole(trx, userId, 'respondent', registration.organisation_id);
    await markRegistrationUsed(trx, registration.id, userId);
    await recordAudit(trx, {
      actorUserId: userId,
      action: 'organisation.respondent_registered',
      organisationId: registration.organisation_id,
      roundId: registration.round_id,
      ip,
      details: { userId, outcome },
    });
    return { outcome, organisationName: registration.organisation_name };
  });
}

async function checkedPasswordHash(account: NonNullable<RegistrationBody['account']>): Promise<string> {
  const problem = passwordProblem(account.password, [account.email, account.name]);
  if (problem) throw validationFailed('body.account.password', problem.rule, problem.message, { minimum: problem.minimum });
  return hashPassword(account.password);
}

async function createAccount(trx: Parameters<typeof insertUser>[0], body: RegistrationBody, passwordHash: string | null) {
  if (!body.account || !passwordHash) throw validationFailed('body.account', 'account_required', 'give e-mail, name and password, or log in first');
  if (await findUserByEmail(trx, body.account.email)) {
    throw new HttpError(409, 'account_exists', 'There is already an account with this e-mail address. Log in first, then open the link again.');
  }
  const { id } = await insertUser(trx, { email: body.account.email, name: body.account.name, passwordHash });
  return { userId: id, outcome: 'registered' as const };
}
