import { sql, type Kysely } from 'kysely';
import type { SessionUser } from '#shared/api/auth';
import { compiledOnce } from '#server/db/compiled-once';
import type { Config } from '#server/config';
import type { Database } from '#server/db/schema';
import { hasSecondFactorSql } from '#server/mfa/state';
import { readerAccessColumns } from './reader-access';
import { rolesColumn } from '#server/users/repository';
import { hashToken, newSecretToken } from './tokens';

export const SESSION_COOKIE = 'mognad_session';
/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 4 * 60 * 60 * 1000;
/** …and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 24 * 60 * 60 * 1000;
// Refreshing last_seen_at on every request would turn every read into a write.
const TOUCH_INTERVAL_MS = 60 * 1000;

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  client: { userAgent: string | null; ip: string | null },
  options: { mfaPending?: boolean } = {},
): Promise<string> {
  const { token, hash } = newSecretToken();
  await db
    .insertInto('session')
    .values({
      id_hash: hash,
      user_id: userId,
      expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS),
      user_agent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip,
      mfa_pending: options.mfaPending ?? false,
    })
    .execute();
  return token;
}

/** The session lookup without its reader access: a route that never looks at it (guard.ts, `readerAccess: false`). */
const noReaderAccess = [
  sql<SessionUser['auditorOf']>`'[]'::json`.as('auditorOf'),
  sql<SessionUser['groupMembers']>`'[]'::json`.as('groupMembers'),
] as const;

/** The session lookup, built and compiled once (server/db/compiled-once.ts): every authenticated request runs it. */
const liveSessionQuery = (readerAccess: boolean) =>
  compiledOnce(['idHash'], (db, p: { idHash: string }) =>
    db
      .selectFrom('session')
      .innerJoin('app_user', 'app_user.id', 'session.user_id')
      .select(['session.id_hash', 'session.last_seen_at', 'session.mfa_pending', 'app_user.id', 'app_user.email', 'app_user.name'])
      .select(hasSecondFactorSql(sql.ref<number>('app_user.id')).as('has_second_factor'))
      // A federated login whose provider asserted MFA (docs/federated-sign-in.md) needs no second factor here.
      .select(
        sql<boolean>`exists (select 1 from federated_session f where f.session_id_hash = session.id_hash and f.mfa_asserted)`.as('mfa_asserted'),
      )
      .select(rolesColumn)
      .select(readerAccess ? readerAccessColumns : () => noReaderAccess)
      .where('session.id_hash', '=', p.idHash)
      .where('session.expires_at', '>', sql<Date>`now()`)
      .where('session.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${SESSION_IDLE_MS / 1000})`)
      .where('app_user.disabled_at', 'is', null)
      .compile(),
  );
const sessionQueries = { withReaderAccess: liveSessionQuery(true), rolesOnly: liveSessionQuery(false) };

/**
 * The live session for a cookie token with its user, roles and reader access
 * (auditor grants active today, group members; one query: it
 * runs on every authenticated request), refreshed when due; undefined when
 * expired or unknown. Without `readerAccess` both lists come back empty,
 * unread: for routes that never look at them (the autosave).
 */
export async function findLiveSession(db: Kysely<Database>, token: string, options: { readerAccess: boolean } = { readerAccess: true }) {
  const query = options.readerAccess ? sessionQueries.withReaderAccess : sessionQueries.rolesOnly;
  const {
    rows: [session],
  } = await query.execute(db, { idHash: hashToken(token) });
  if (session && Date.now() - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('session')
      .set({ last_seen_at: sql`now()` })
      .where('id_hash', '=', session.id_hash)
      .execute();
  }
  return session;
}

/**
 * The session a save in one statement checks itself (docs/decisions/0034):
 * its token's hash, and what the ordinary session lookup would decide by.
 */
export type SessionCheck = {
  sessionHash: string;
  /** A session unused for this long has ended (SESSION_IDLE_MS). */
  idleSeconds: number;
  /** Its last use is refreshed when older than this. */
  touchSeconds: number;
  /** Roles whose holders need a second factor (MFA_REQUIRED_ROLES). */
  mfaRequiredRoles: readonly string[];
};

/**
 * What a statement that checks the session itself (the autosave's,
 * docs/decisions/0034) decides by, as findLiveSession and the MFA state
 * (server/mfa/state.ts) decide.
 */
export function autosaveSessionCheck(config: Pick<Config, 'mfaRequiredRoles'>, token: string): SessionCheck {
  return {
    sessionHash: hashToken(token),
    idleSeconds: SESSION_IDLE_MS / 1000,
    touchSeconds: TOUCH_INTERVAL_MS / 1000,
    mfaRequiredRoles: config.mfaRequiredRoles,
  };
}

export async function deleteSession(db: Kysely<Database>, token: string) {
  await db.deleteFrom('session').where('id_hash', '=', hashToken(token)).execute();
}

/** Logs a user out everywhere, except (optionally) the session making the change. */
export async function deleteUserSessions(db: Kysely<Database>, userId: number, keepToken?: string) {
  await db
    .deleteFrom('session')
    .where('user_id', '=', userId)
    .$if(keepToken !== undefined, (q) => q.where('id_hash', '!=', hashToken(keepToken!)))
    .execute();
}
