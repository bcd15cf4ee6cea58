import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '#shared/api/auth';
import { hashPassword } from '#server/auth/passwords';
import { grantRole, insertUser } from '#server/users/repository';

export type RoleSpec = { role: Role; organisationCode?: string };
export type TestUser = { id: number; email: string; password: string; cookie: string };

export const TEST_PASSWORD = 'korrekt häst batteri häftklammer';

// argon2id at the production cost (server/auth/passwords.ts) is the point of it: tens of milliseconds a
// hash, more on a busy machine. Test users nearly all share one password, so a worker hashes each password
// once and reuses the (production-parameter) hash; every login still verifies it at full cost, and
// registrations and password changes through the API still hash their own.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hashed = hashes.get(password);
  if (!hashed) hashes.set(password, (hashed = hashPassword(password)));
  return hashed;
}

/** Creates a user holding the roles; organisation roles name an organisation by its code. */
export async function createUser(app: FastifyInstance, roles: RoleSpec[], options: { email?: string; name?: string; password?: string } = {}) {
  const email = options.email ?? `user-${randomBytes(5).toString('hex')}@example.se`;
  const password = options.password ?? TEST_PASSWORD;
  const { id } = await insertUser(app.db, { email, name: options.name ?? 'Test Person', passwordHash: await hashOnce(password) });
  for (const spec of roles) {
    const organisationId = spec.organisationCode ? await organisationIdByCode(app, spec.organisationCode) : null;
    await grantRole(app.db, id, spec.role, organisationId);
  }
  return { id, email, password };
}

/** Logs in through the API and returns the Cookie header value of the session. */
export async function login(app: FastifyInstance, email: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'mognad_session');
  if (!cookie) throw new Error('login set no session cookie');
  return `mognad_session=${cookie.value}`;
}

/** A fresh user with the roles, logged in. */
export async function loginAs(app: FastifyInstance, roles: RoleSpec[], options: { email?: string } = {}): Promise<TestUser> {
  const user = await createUser(app, roles, options);
  return { ...user, cookie: await login(app, user.email, user.password) };
}

export async function organisationIdByCode(app: FastifyInstance, code: string): Promise<number> {
  const row = await app.db.selectFrom('organisation').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}
