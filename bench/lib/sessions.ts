import type { Kysely } from 'kysely';
import { SESSION_COOKIE, createSession } from '#server/auth/sessions';
import type { Database, Role } from '#server/db/schema';
import { grantRole, insertUser } from '#server/users/repository';

/**
 * A user holding one role, with a live session; returns its Cookie header.
 * Sessions are made directly (not via login) because login is rate limited
 * and hashes passwords on purpose slowly: neither is what is measured here.
 */
export async function sessionCookie(db: Kysely<Database>, email: string, role: Role, organisationId: number | null = null): Promise<string> {
  const { id } = await insertUser(db, { email, name: `Bench ${role}`, passwordHash: null });
  await grantRole(db, id, role, organisationId);
  const token = await createSession(db, id, { userAgent: 'mognad-bench', ip: '127.0.0.1' });
  return `${SESSION_COOKIE}=${token}`;
}
