import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/schema';
import { recordAudit } from '../audit/repository';
import { findUserByEmail, grantRole, insertUser } from '../users/repository';
import { hashPassword } from './passwords';

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
