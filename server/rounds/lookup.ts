import type { Db } from '#server/db/sql';
import { conflict, HttpError, notFound } from '#server/errors';
import { findRound, type RoundLock, type RoundRecord } from './repository';

export async function requireRound(db: Db, year: number, lock: RoundLock = 'none'): Promise<RoundRecord> {
  const round = await findRound(db, { year }, lock);
  if (!round) throw notFound('round', `There is no survey round for ${year}.`);
  return round;
}

/** A published round is final: nobody is invited to or reminded of it any more. */
export function assertNotPublished(round: RoundRecord, what: string): void {
  if (round.state === 'published')
    throw conflict('round_published', `The ${round.year} round is published: ${what} is no longer possible.`, { year: round.year });
}

/**
 * One organisation's invitation is withdrawn or resent only while the round
 * is a draft or open: after closing, the invited organisations are the
 * denominator of its results.
 */
export function assertInvitationsChangeable(round: RoundRecord, what: string): void {
  if (round.state === 'closed' || round.state === 'published') {
    throw new HttpError(409, 'round_closed', `The ${round.year} round is ${round.state}: ${what} is possible only while it is a draft or open.`);
  }
}
