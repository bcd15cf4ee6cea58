import { sql } from 'kysely';
import type { Db } from '#server/db/sql';
import { listRounds, type RoundRecord } from '#server/rounds/repository';

/**
 * A round in state `published`: when it was published, and when its
 * published figures last changed (the publication, or a later import).
 */
export type PublishedRound = { round: RoundRecord; publishedAt: Date; modifiedAt: Date };

/**
 * Every published round, newest first. `publishedAt` is the round's
 * `published_at` (set with the state change, docs/decisions/0022), else the
 * time of the audit entry that moved it to `published`; a round published
 * without either (written to the database by hand) falls back to its closing
 * time. Published is final
 * (ROUND_TRANSITIONS), but a response import works in every state and can
 * change the figures afterwards: `modifiedAt` is the later of the
 * publication and the last import into the round (each audited as
 * `responses.imported`). Open data sends it as Last-Modified.
 */
export async function listPublishedRounds(db: Db): Promise<PublishedRound[]> {
  const rounds = (await listRounds(db, { includeDrafts: false })).filter((round) => round.state === 'published');
  if (rounds.length === 0) return [];
  const { rows } = await sql<{ round_id: number; published_at: Date | null; imported_at: Date | null }>`
    select round_id,
      max(at) filter (where action = 'round.state_change' and details->>'to' = 'published') as published_at,
      max(at) filter (where action = 'responses.imported') as imported_at
    from audit_log
    where action in ('round.state_change', 'responses.imported') and round_id in (${sql.join(rounds.map((round) => round.id))})
    group by round_id`.execute(db);
  const times = new Map(rows.map((row) => [row.round_id, row]));
  return rounds.map((round) => {
    const row = times.get(round.id);
    const publishedAt = round.publishedAt ?? row?.published_at ?? round.closesAt;
    const modifiedAt = row?.imported_at && row.imported_at > publishedAt ? row.imported_at : publishedAt;
    return { round, publishedAt, modifiedAt };
  });
}

/** The published round of `year`, or undefined when there is none (not created, or not published yet). */
export async function findPublishedRound(db: Db, year: number): Promise<PublishedRound | undefined> {
  return (await listPublishedRounds(db)).find((published) => published.round.year === year);
}
