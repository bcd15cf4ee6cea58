import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { conflict, notFound } from '../errors';
import { findRound, type RoundLock, type RoundRecord } from '../rounds/repository';

type Db = Kysely<Database> | Transaction<Database>;

export async function requireRound(db: Db, year: number, lock: RoundLock = 'none'): Promise<RoundRecord> {
  const round = await findRound(db, { year }, lock);
  if (!round) throw notFound(`There is no survey round for ${year}.`);
  return round;
}

/** A published round is final: nobody is invited to or reminded of it any more. */
export function assertNotPublished(round: RoundRecord, what: string): void {
  if (round.state === 'published') throw conflict(`The ${round.year} round is published: ${what} is no longer possible.`);
}
