import type { Kysely } from 'kysely';
import type { Config } from '#server/config';
import type { Database } from '#server/db/schema';
import { recordAudit } from '#server/audit/repository';
import { findUserByEmail, grantRole, insertUser } from '#server/users/repository';
import { hashPassword } from '#server/auth/passwords';

/** Creates the administrator named by ADMIN_EMAIL/ADMIN_PASSWORD unless that user exists. */
export async function ensureBootstrapAdmin(db: Kysely<Database>, config: Config): Promise<boolean> {
  if (!config.admin) return false;
  if (await findUserByEmail(db, config.admin.email)) return false;
  const passwordHash = await hashPassword(config.admin.password);
  await db.transaction().execute(async (trx) => {
    const { id } = await insertUser(trx, { email: config.admin!.email, name: 'Administratör', passwordHash });
    await grantRole(trx, id, 'admin', null);
    await recordAudit(trx, { actorUserId: null, action: 'user.bootstrap_admin', details: { userId: id, email: config.admin!.email } });
  });
  return true;
}
