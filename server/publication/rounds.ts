import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import { listRounds, type RoundRecord } from '#server/rounds/repository';

/** A round in state `published`, with when it was published. */
export type PublishedRound = { round: RoundRecord; publishedAt: Date };

/**
 * Every published round, newest first. `publishedAt` is the time of the
 * audit entry that moved the round to `published` (server/rounds/service.ts
 * changeRoundState records one in the same transaction); a round published
 * without one (written to the database by hand) falls back to its closing
 * time. Published is final (ROUND_TRANSITIONS), so the time never moves.
 */
export async function listPublishedRounds(db: Db): Promise<PublishedRound[]> {
  const rounds = (await listRounds(db, { includeDrafts: false })).filter((round) => round.state === 'published');
  if (rounds.length === 0) return [];
  const { rows } = await sql<{ round_id: number; at: Date }>`
    select round_id, max(at) as at
    from audit_log
    where action = 'round.state_change' and round_id in (${sql.join(rounds.map((round) => round.id))})
      and details->>'to' = 'published'
    group by round_id`.execute(db);
  const at = new Map(rows.map((row) => [row.round_id, row.at]));
  return rounds.map((round) => ({ round, publishedAt: at.get(round.id) ?? round.closesAt }));
}

/** The published round of `year`, or undefined when there is none (not created, or not published yet). */
export async function findPublishedRound(db: Db, year: number): Promise<PublishedRound | undefined> {
  return (await listPublishedRounds(db)).find((published) => published.round.year === year);
}
