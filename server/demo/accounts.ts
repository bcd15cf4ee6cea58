import type { Kysely } from 'kysely';
import type { Role } from '#shared/api/auth';
import { hashPassword } from '#server/auth/passwords';
import type { Database } from '#server/db/schema';
import { findUserByEmail, grantRole, insertUser } from '#server/users/repository';

/**
 * The municipality the demo respondent and viewer belong to: Nacka, whose
 * (invented) kommungrupp is large enough that every comparison is shown.
 */
export const DEMO_ORGANISATION_CODE = '0182';

/** Documented in README under "Demo"; only ever created when SEED_DEMO is true. */
export const DEMO_PASSWORD = 'mognad-demo-2026';

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role; organisation: boolean }[] = [
  { email: 'respondent@demo.mognad.se', name: 'Demo Respondent', role: 'respondent', organisation: true },
  { email: 'viewer@demo.mognad.se', name: 'Demo Läsare', role: 'viewer', organisation: true },
  { email: 'analyst@demo.mognad.se', name: 'Demo Analytiker', role: 'analyst', organisation: false },
  { email: 'admin@demo.mognad.se', name: 'Demo Administratör', role: 'admin', organisation: false },
];

/** Creates the demo accounts that do not exist yet; returns their e-mail addresses. */
export async function ensureDemoAccounts(db: Kysely<Database>): Promise<string[]> {
  const organisation = await db.selectFrom('organisation').select('id').where('code', '=', DEMO_ORGANISATION_CODE).executeTakeFirst();
  const created: string[] = [];
  let passwordHash: string | undefined;
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(db, account.email)) continue;
    if (account.organisation && !organisation) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    await db.transaction().execute(async (trx) => {
      const { id } = await insertUser(trx, { email: account.email, name: account.name, passwordHash: passwordHash! });
      await grantRole(trx, id, account.role, account.organisation ? organisation!.id : null);
    });
    created.push(account.email);
  }
  return created;
}
