import type { Kysely } from 'kysely';
import type { SessionUser } from '#shared/api/auth';
import { ROUND_TRANSITIONS, type RoundState } from '#shared/api/rounds';
import { recordAudit } from '#server/audit/repository';
import { hasRole } from '#server/auth/guard';
import type { Actor } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { conflict, HttpError, notFound, validationFailed } from '#server/errors';
import { writeRoundSnapshot } from '#server/improvement/repository';
import { findBankVersionId, findCurrentBankVersionId, freezeBankVersion } from '#server/question-bank/repository';
import { findRound, insertRound, listRounds, updateRound, type RoundRecord, type RoundRef } from './repository';

export const ROUND_NOT_OPEN_MESSAGE = 'The survey round is not open yet; answers cannot be saved before it opens.';
export const ROUND_CLOSED_MESSAGE = 'The survey round is closed; answers can no longer be changed.';

/** Answers can be written: the round is open and now is inside its window [opensAt, closesAt). */
export function isAcceptingAnswers(round: Pick<RoundRecord, 'state' | 'opensAt' | 'closesAt'>, now = new Date()): boolean {
  return round.state === 'open' && round.opensAt <= now && now < round.closesAt;
}

/**
 * Throws unless answers may be written to the round now: 404 if there is no
 * such round, 409 `round_not_open` before it opens, 409 `round_closed` after.
 * Call it inside the transaction that writes the answers: it holds the round's
 * shared lock, so an administrator closing the round waits for the write to
 * commit instead of racing it.
 */
export async function assertRoundWritable(db: Db, ref: RoundRef, now = new Date()): Promise<RoundRecord> {
  const round = await findRound(db, ref, 'share');
  if (!round) throw notFound('round', 'No such survey round.');
  assertAcceptingAnswers(round, now);
  return round;
}

/** 409 `round_not_open` before the round opens, 409 `round_closed` after it closes. */
export function assertAcceptingAnswers(round: Pick<RoundRecord, 'state' | 'opensAt' | 'closesAt'>, now = new Date()): void {
  if (isAcceptingAnswers(round, now)) return;
  const notYetOpen = round.state === 'draft' || (round.state === 'open' && now < round.opensAt);
  throw notYetOpen ? new HttpError(409, 'round_not_open', ROUND_NOT_OPEN_MESSAGE) : new HttpError(409, 'round_closed', ROUND_CLOSED_MESSAGE);
}

const canSeeDrafts = (user: SessionUser | null) => hasRole(user, 'admin');

/** Draft rounds are the administrators' work in progress: nobody else sees them. */
export async function listVisibleRounds(db: Db, user: SessionUser | null): Promise<RoundRecord[]> {
  return listRounds(db, { includeDrafts: canSeeDrafts(user) });
}

/** The round of that year if the user may see it; 404 otherwise, so drafts are not revealed. */
export async function findVisibleRound(db: Db, year: number, user: SessionUser | null): Promise<RoundRecord> {
  const round = await findRound(db, { year });
  if (!round || (round.state === 'draft' && !canSeeDrafts(user))) throw notFound('round', `There is no survey round for ${year}.`);
  return round;
}

export type RoundWindow = { opensAt: Date; closesAt: Date };

function assertValidWindow(window: RoundWindow): void {
  if (window.closesAt <= window.opensAt) {
    throw validationFailed('body.closesAt', 'must_be_later', 'must be later than opensAt');
  }
}

/** A new draft round on the newest question bank. */
export async function createRound(
  db: Kysely<Database>,
  input: RoundWindow & { year: number; shareComments?: boolean | undefined; bankVersion?: string | undefined },
  actor: Actor,
): Promise<RoundRecord> {
  assertValidWindow(input);
  return db.transaction().execute(async (trx) => {
    if (await findRound(trx, { year: input.year }))
      throw conflict('round_exists', `A survey round for ${input.year} already exists.`, { year: input.year });
    const bankVersionId = input.bankVersion ? await findBankVersionId(trx, input.bankVersion) : await findCurrentBankVersionId(trx);
    if (input.bankVersion && bankVersionId === undefined)
      throw validationFailed('body.bankVersion', 'unknown_reference', 'no such question-bank version');
    if (bankVersionId === undefined) throw conflict('no_question_bank', 'No question bank is installed, so no round can be created.');
    const { bankVersion: _bankVersion, ...round } = input;
    const roundId = await insertRound(trx, { ...round, bankVersionId, shareComments: input.shareComments ?? false }).catch(
      rethrowDuplicateYear(input.year),
    );
    await recordAudit(trx, { actorUserId: actor.id, ip: actor.ip, action: 'round.create', roundId, details: { year: input.year } });
    return (await findRound(trx, { roundId }))!;
  });
}

/** Two administrators creating the same year at once: the loser gets the same 409 as a late one. */
function rethrowDuplicateYear(year: number) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505') throw conflict('round_exists', `A survey round for ${year} already exists.`, { year });
    throw error;
  };
}

/** Moves a round along ROUND_TRANSITIONS; opening freezes its question bank. */
export async function changeRoundState(db: Kysely<Database>, year: number, to: RoundState, actor: Actor): Promise<RoundRecord> {
  return db.transaction().execute(async (trx) => {
    const round = await findRound(trx, { year }, 'update');
    if (!round) throw notFound('round', `There is no survey round for ${year}.`);
    assertTransitionAllowed(round, to);
    const published = to === 'published' ? { at: new Date(), by: actor.id } : undefined;
    await updateRound(trx, round.id, { state: to, ...(published && { published }) });
    if (to === 'open') await freezeBankVersion(trx, round.bankVersionId);
    // Analysts' improvement figures are taken as the round closes, in the same transaction (§6 rule 4, docs/decisions/0016).
    if (to === 'closed') await writeRoundSnapshot(trx, round);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'round.state_change',
      roundId: round.id,
      details: { year, from: round.state, to },
    });
    return { ...round, state: to, ...(published && { publishedAt: published.at, publishedBy: published.by }) };
  });
}

function assertTransitionAllowed(round: RoundRecord, to: RoundState): void {
  const allowed = ROUND_TRANSITIONS[round.state];
  if (allowed.includes(to)) return;
  const details = { from: round.state, to, allowed };
  if (round.state === to) throw conflict('round_state_unchanged', `The ${round.year} round is already ${to}.`, details);
  const options = allowed.length ? `it can only become ${allowed.join(' or ')}` : 'a published round is final';
  throw conflict('round_transition_not_allowed', `The ${round.year} round cannot go from ${round.state} to ${to}: ${options}.`, details);
}

/** Changes the window or comment sharing; a published round is final. */
export async function updateRoundSettings(
  db: Kysely<Database>,
  year: number,
  changes: Partial<RoundWindow & { shareComments: boolean }>,
  actor: Actor,
): Promise<RoundRecord> {
  return db.transaction().execute(async (trx) => {
    const round = await findRound(trx, { year }, 'update');
    if (!round) throw notFound('round', `There is no survey round for ${year}.`);
    if (round.state === 'published') throw conflict('round_published', `The ${year} round is published and can no longer be changed.`, { year });
    const updated = { ...round, ...withoutUndefined(changes) };
    assertValidWindow(updated);
    await updateRound(trx, round.id, changes);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'round.update',
      roundId: round.id,
      details: { year, ...changes },
    });
    return updated;
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
