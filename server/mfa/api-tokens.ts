import { sql } from 'kysely';
import type { ApiTokenScope } from '#shared/api/mfa';
import type { Db } from '#server/db/sql';
import { rolesColumn } from '#server/users/repository';
import { hashToken, newSecretToken } from '#server/auth/tokens';

/** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'mognad_';
const TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * What a token of each scope may do beyond reading (GET/HEAD): the
 * administration endpoints scripts use (interfaces §3), as registered.
 * Managing tokens, MFA or the account is never among them: a token cannot
 * make another or outlive its revocation.
 */
const WRITES_BY_SCOPE: Record<ApiTokenScope, readonly string[]> = {
  read: [],
  rounds_admin: ['POST /api/admin/rounds', 'POST /api/admin/rounds/:year/responses/import'],
};

export function scopeAllows(scope: ApiTokenScope, method: string, routeUrl: string | undefined): boolean {
  if (method === 'GET' || method === 'HEAD') return true;
  return routeUrl !== undefined && WRITES_BY_SCOPE[scope].includes(`${method} ${routeUrl}`);
}

const toApiToken = (row: {
  id: number;
  name: string;
  scope: ApiTokenScope;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}) => ({
  id: row.id,
  name: row.name,
  scope: row.scope,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

const COLUMNS = ['id', 'name', 'scope', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'] as const;

/** A new token for the user; the token itself is returned once, its SHA-256 stored. */
export async function createApiToken(db: Db, userId: number, input: { name: string; scope: ApiTokenScope; expiresInDays: number }) {
  const token = `${API_TOKEN_PREFIX}${newSecretToken().token}`;
  const row = await db
    .insertInto('api_token')
    .values({
      user_id: userId,
      name: input.name,
      scope: input.scope,
      token_hash: hashToken(token),
      expires_at: sql<Date>`now() + make_interval(days => ${input.expiresInDays})`,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return { token, apiToken: toApiToken(row) };
}

export async function listApiTokens(db: Db, userId: number) {
  const rows = await db.selectFrom('api_token').select(COLUMNS).where('user_id', '=', userId).orderBy('id', 'desc').execute();
  return rows.map(toApiToken);
}

/** Revokes one of the user's own tokens; undefined when it is not theirs (or does not exist). */
export async function revokeApiToken(db: Db, userId: number, tokenId: number) {
  const row = await db
    .updateTable('api_token')
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row && toApiToken(row);
}

/**
 * The live token sent as `Authorization: Bearer …`, with its user and roles
 * (one query), or undefined: unknown, revoked, expired or of a disabled user.
 */
export async function findLiveApiToken(db: Db, token: string) {
  const row = await db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .select(['api_token.id as tokenId', 'api_token.scope', 'api_token.last_used_at', 'app_user.id', 'app_user.email', 'app_user.name'])
    .select(rolesColumn)
    .where('api_token.token_hash', '=', hashToken(token))
    .where('api_token.revoked_at', 'is', null)
    .where('api_token.expires_at', '>', sql<Date>`now()`)
    .where('app_user.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row && (row.last_used_at === null || Date.now() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS)) {
    await db
      .updateTable('api_token')
      .set({ last_used_at: sql`now()` })
      .where('id', '=', row.tokenId)
      .execute();
  }
  return row;
}
