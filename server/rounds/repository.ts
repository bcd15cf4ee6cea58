import { sql } from 'kysely';
import type { RoundState } from '#shared/api/rounds';
import type { Db } from '#server/db/sql';

export type RoundRecord = {
  id: number;
  year: number;
  state: RoundState;
  opensAt: Date;
  closesAt: Date;
  bankVersionId: number;
  bankVersion: string;
  shareComments: boolean;
  createdAt: Date;
  /** When the round was published and by whom (null: not published, or by the system). */
  publishedAt: Date | null;
  publishedBy: number | null;
};

/** `share` holds off state changes until the caller's transaction ends; `update` is for changing the round. */
export type RoundLock = 'none' | 'share' | 'update';

function selectRounds(db: Db) {
  return db
    .selectFrom('round')
    .innerJoin('question_bank_version as bank', 'bank.id', 'round.bank_version_id')
    .select([
      'round.id',
      'round.year',
      'round.state',
      'round.opens_at',
      'round.closes_at',
      'round.bank_version_id',
      'bank.version as bank_version',
      'round.share_comments',
      'round.created_at',
      'round.published_at',
      'round.published_by',
    ]);
}

export type RoundRow = Awaited<ReturnType<ReturnType<typeof selectRounds>['executeTakeFirstOrThrow']>>;

export function toRoundRecord(row: RoundRow): RoundRecord {
  return {
    id: row.id,
    year: row.year,
    state: row.state,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    bankVersionId: row.bank_version_id,
    bankVersion: row.bank_version,
    shareComments: row.share_comments,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}

export type RoundRef = { year: number } | { roundId: number };

// Namespace of the round locks among PostgreSQL's advisory locks ("RND"); the key is the round's year. The autosave's
// write functions take the shared lock with the same number (migrations/202612052000_autosave_write_functions.ts).
export const ROUND_LOCK_CLASS = 0x524e44;

/**
 * Finds a round, optionally holding its lock until the transaction ends.
 * 'share' (every answer write) and 'update' (closing, importing) exclude each
 * other, so a round never closes under a write in flight. The shared side is a
 * transaction-scoped advisory lock, not SELECT … FOR SHARE: hundreds of saves
 * share-locking one row would make PostgreSQL write a multixact into it on
 * every save and serialise them.
 */
export async function findRound(db: Db, ref: RoundRef, lock: RoundLock = 'none'): Promise<RoundRecord | undefined> {
  if (lock !== 'none') {
    const year = 'year' in ref ? ref.year : (await selectRounds(db).where('round.id', '=', ref.roundId).executeTakeFirst())?.year;
    if (year === undefined) return undefined;
    const lockFunction = lock === 'share' ? sql.raw('pg_advisory_xact_lock_shared') : sql.raw('pg_advisory_xact_lock');
    await sql`select ${lockFunction}(${ROUND_LOCK_CLASS}, ${year})`.execute(db);
  }
  let query = selectRounds(db);
  query = 'year' in ref ? query.where('round.year', '=', ref.year) : query.where('round.id', '=', ref.roundId);
  if (lock === 'update') query = query.forUpdate('round');
  const row = await query.executeTakeFirst();
  return row ? toRoundRecord(row) : undefined;
}

/** Newest year first. */
export async function listRounds(db: Db, options: { includeDrafts: boolean }): Promise<RoundRecord[]> {
  const rows = await selectRounds(db)
    .$if(!options.includeDrafts, (qb) => qb.where('round.state', '!=', 'draft'))
    .orderBy('round.year', 'desc')
    .execute();
  return rows.map(toRoundRecord);
}

export type NewRound = { year: number; opensAt: Date; closesAt: Date; bankVersionId: number; shareComments: boolean };

export async function insertRound(db: Db, round: NewRound): Promise<number> {
  const { id } = await db
    .insertInto('round')
    .values({
      year: round.year,
      opens_at: round.opensAt,
      closes_at: round.closesAt,
      bank_version_id: round.bankVersionId,
      share_comments: round.shareComments,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type RoundChanges = Partial<{
  state: RoundState;
  opensAt: Date;
  closesAt: Date;
  shareComments: boolean;
  /** Publishing records who and when (the report shows it). */
  published: { at: Date; by: number | null };
}>;

export async function updateRound(db: Db, roundId: number, changes: RoundChanges): Promise<void> {
  await db
    .updateTable('round')
    .set({
      ...(changes.state !== undefined && { state: changes.state }),
      ...(changes.opensAt !== undefined && { opens_at: changes.opensAt }),
      ...(changes.closesAt !== undefined && { closes_at: changes.closesAt }),
      ...(changes.shareComments !== undefined && { share_comments: changes.shareComments }),
      ...(changes.published !== undefined && { published_at: changes.published.at, published_by: changes.published.by }),
    })
    .where('id', '=', roundId)
    .execute();
}
