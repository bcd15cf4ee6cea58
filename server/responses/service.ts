import type { Kysely, Transaction } from 'kysely';
import type { SessionUser } from '#shared/api/auth';
import type { Actor } from '#server/audit/actor';
import { unconfirmedAreas } from '#shared/api/response-rules';
import type {
  ResponseHistory,
  SaveAreaBody,
  SaveAreaResult,
  SurveyResponse,
  UnconfirmedAnswersDetails,
  VersionConflictDetails,
} from '#shared/api/responses';
import type { QuestionBank } from '#shared/question-bank/types';
import { recordAudit } from '#server/audit/repository';
import type { SessionCheck } from '#server/auth/sessions';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { conflict, notFound } from '#server/errors';
import { cachedFrozenBank, loadQuestionBank } from '#server/question-bank/repository';
import type { RoundRecord } from '#server/rounds/repository';
import { assertAcceptingAnswers, assertRoundWritable } from '#server/rounds/service';
import {
  readAreaSaveState,
  writeAreaAnswer,
  writeAreaAnswerInSession,
  type AreaSaveState,
  type AreaWrite,
  type AreaWriteOutcome,
  type SessionWriter,
} from './area-save-queries';
import { toStoredAnswer, toSurveyResponse } from './mapping';
import {
  bumpVersion,
  findLastSubmittedAnswers,
  findOrganisationRef,
  findPreviousAnsweredResponse,
  findResponse,
  insertSubmission,
  isInvited,
  listAnswers,
  listResponseEvents,
  listSubmissions,
  lockOrCreateResponse,
  lockResponse,
  upsertAnswer,
  type AnswerRecord,
  type AnswerValues,
  type ResponseRecord,
  type SubmittedAnswer,
} from './repository';
import { normaliseAreaAnswer } from './validation';

export type ResponseRef = { year: number; organisationId: number };

const notInvited = (year: number) => conflict('not_invited', `Your organisation is not invited to the ${year} survey round, so it cannot answer it.`);

async function requireBank(db: Db, round: RoundRecord): Promise<QuestionBank> {
  const bank = await loadQuestionBank(db, round.bankVersionId);
  if (!bank) throw new Error(`question bank ${round.bankVersionId} of round ${round.year} is missing`);
  return bank;
}

/** Everything the page needs about one organisation's response to one round. */
export async function readResponse(db: Db, round: RoundRecord, organisationId: number, user: SessionUser | null): Promise<SurveyResponse> {
  const organisation = await findOrganisationRef(db, organisationId);
  if (!organisation) throw notFound('response', 'No such organisation or response.');
  const [invited, response, bank] = await Promise.all([
    isInvited(db, round.id, organisationId),
    findResponse(db, round.id, organisationId),
    requireBank(db, round),
  ]);
  const [answers, submissions, previous] = await Promise.all([
    response ? listAnswers(db, response.id) : [],
    response ? listSubmissions(db, response.id) : [],
    findPreviousAnsweredResponse(db, round.year, organisationId),
  ]);
  const view = { round, organisation, invited, response, answers, submissions, carryOverFromYear: previous?.year ?? null, scoringRule: bank.scoring };
  return toSurveyResponse(view, user);
}

/** Who submitted and reopened the organisation's response to the round, and when; empty for a response never saved. */
export async function readResponseHistory(db: Db, round: RoundRecord, organisationId: number): Promise<ResponseHistory> {
  const response = await findResponse(db, round.id, organisationId);
  if (!response) return { events: [] };
  const events = await listResponseEvents(db, response);
  return { events: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), by: e.by, byAdministrator: e.byAdministrator })) };
}

/**
 * Runs a write in one transaction, after checking the round accepts answers
 * (share-locking it, so closing waits for us) and the organisation is invited.
 */
async function writeTransaction<T>(db: Kysely<Database>, ref: ResponseRef, work: (trx: Transaction<Database>, round: RoundRecord) => Promise<T>) {
  return db.transaction().execute(async (trx) => {
    const round = await assertRoundWritable(trx, { year: ref.year });
    if (!(await isInvited(trx, round.id, ref.organisationId))) throw notInvited(ref.year);
    return work(trx, round);
  });
}

function assertDraft(response: Pick<ResponseRecord, 'status'>): void {
  if (response.status === 'submitted') {
    throw conflict('response_submitted', 'The response is submitted. Reopen it to change answers.');
  }
}

function assertVersion(
  response: Pick<ResponseRecord, 'version'>,
  expected: number,
  areaKey: string | null,
  serverAnswer: AnswerRecord | undefined,
): void {
  if (response.version === expected) return;
  const details: VersionConflictDetails = {
    currentVersion: response.version,
    areaKey,
    serverAnswer: serverAnswer ? toStoredAnswer(serverAnswer) : null,
  };
  throw conflict('version_conflict', 'Someone else has changed this response since you loaded it.', details);
}

/**
 * Per database and year, the round and its frozen question bank as the last
 * read of a save found them (a frozen bank never changes): lets a save
 * validate and write without reading first. Only a hint — the write checks
 * round and bank ids under the round's lock and refuses when either differs,
 * and a refusal falls back to the read. Kept per database (Kysely instance),
 * since the same ids in another database may name another bank.
 */
type RoundHint = { roundId: number; bank: QuestionBank };
const roundHints = new WeakMap<Kysely<Database>, Map<number, RoundHint>>();

function hintsOf(db: Kysely<Database>): Map<number, RoundHint> {
  let hints = roundHints.get(db);
  if (!hints) roundHints.set(db, (hints = new Map<number, RoundHint>()));
  return hints;
}

/**
 * Saves one area's answer; a no-op save (same values, nothing to confirm)
 * leaves the version alone. One statement when the round's bank is known
 * (docs/decisions/0032): the write takes the round's lock, checks round,
 * invitation, version and status itself and says whether it saved, found
 * nothing to change or refused. Otherwise, or after a refusal, a read first
 * (the errors in their usual order), then the same write; when that refuses
 * too, a fresh read says why.
 */
export async function saveAreaAnswer(
  db: Kysely<Database>,
  ref: ResponseRef,
  areaKey: string,
  body: SaveAreaBody,
  actor: Actor,
): Promise<SaveAreaResult> {
  const hint = hintsOf(db).get(ref.year);
  if (hint) {
    const values = validOrUndefined(hint.bank, areaKey, body);
    if (values) {
      const outcome = await writeAreaAnswer(db, areaWrite(ref, hint.roundId, hint.bank.id, areaKey, body, values, actor));
      if (outcome.outcome !== 'refused') return saveResult(outcome, areaKey, values, actor);
    }
  }
  return saveAfterReading(db, ref, areaKey, body, actor);
}

/**
 * saveAreaAnswer for a caller whose session is checked in the same statement
 * (docs/decisions/0034): one statement when the round's bank is known and the
 * session plainly lets its user write this organisation's response, with the
 * writer it found; undefined, with nothing written, when that statement
 * cannot say (no hint, values the hinted bank rejects, a session it does not
 * accept) — the caller then checks the session the ordinary way and calls
 * saveAreaAnswer. After a refused write, the session was accepted: the read
 * explains or saves as in saveAreaAnswer.
 */
export async function saveAreaAnswerInSession(
  db: Kysely<Database>,
  ref: ResponseRef,
  areaKey: string,
  body: SaveAreaBody,
  session: SessionCheck,
  ip: string | null,
): Promise<{ result: SaveAreaResult; writer: SessionWriter } | undefined> {
  const hint = hintsOf(db).get(ref.year);
  if (!hint) return undefined;
  const values = validOrUndefined(hint.bank, areaKey, body);
  if (!values) return undefined;
  const outcome = await writeAreaAnswerInSession(db, {
    ...areaWrite(ref, hint.roundId, hint.bank.id, areaKey, body, values, { id: null, ip }),
    session,
  });
  if (outcome.outcome === 'unauthorised') return undefined;
  const actor: Actor = { ...outcome.writer, ip };
  if (outcome.outcome === 'refused') return { result: await saveAfterReading(db, ref, areaKey, body, actor), writer: outcome.writer };
  return { result: saveResult(outcome, areaKey, values, actor), writer: outcome.writer };
}

/** A save that reads first: the errors in their usual order, then the write; when that refuses too, a fresh read says why. */
async function saveAfterReading(db: Kysely<Database>, ref: ResponseRef, areaKey: string, body: SaveAreaBody, actor: Actor): Promise<SaveAreaResult> {
  const state = await readWritableAreaState(db, ref, areaKey);
  const bank = await bankOfState(db, state);
  const values = normaliseAreaAnswer(bank, areaKey, body);
  const response = state.response ?? NOT_STARTED;
  assertVersion(response, body.version, areaKey, state.answer);
  assertDraft(response);
  if (bank.frozenAt) hintsOf(db).set(ref.year, { roundId: state.round.id, bank });
  const outcome = await writeAreaAnswer(db, areaWrite(ref, state.round.id, state.bank.id, areaKey, body, values, actor));
  if (outcome.outcome === 'refused') return explainRefusedWrite(db, ref, areaKey, body.version);
  return saveResult(outcome, areaKey, values, actor);
}

/** The values as stored if they are valid in this bank; undefined otherwise (the read's path then names the error, in order). */
function validOrUndefined(bank: QuestionBank, areaKey: string, body: SaveAreaBody): AnswerValues | undefined {
  try {
    return normaliseAreaAnswer(bank, areaKey, body);
  } catch {
    return undefined;
  }
}

function areaWrite(
  ref: ResponseRef,
  roundId: number,
  bankVersionId: number,
  areaKey: string,
  body: SaveAreaBody,
  values: AnswerValues,
  actor: Pick<Actor, 'id' | 'ip'>,
): AreaWrite {
  return {
    year: ref.year,
    roundId,
    bankVersionId,
    organisationId: ref.organisationId,
    expectedVersion: body.version,
    areaKey,
    values,
    confirmCarriedOver: Boolean(body.confirmCarriedOver),
    userId: actor.id,
    ip: actor.ip,
    now: new Date(),
  };
}

function saveResult(outcome: Exclude<AreaWriteOutcome, { outcome: 'refused' }>, areaKey: string, values: AnswerValues, actor: Actor): SaveAreaResult {
  if (outcome.outcome === 'unchanged') {
    return { version: outcome.version, status: 'draft', areaKey, answer: toStoredAnswer(outcome.answer ?? emptyAnswer(areaKey)) };
  }
  const saved: AnswerRecord = {
    areaKey,
    ...values,
    carriedOver: false,
    updatedAt: outcome.updatedAt,
    updatedBy: actor.id === null ? null : { id: actor.id, name: actor.name },
  };
  return { version: outcome.version, status: 'draft', areaKey, answer: toStoredAnswer(saved) };
}

/** A response nobody has written yet: the first save creates it. */
const NOT_STARTED = { status: 'draft', version: 0 } as const;

/** The save's state, after the checks writeTransaction makes for the other writes (read again under the lock by the write). */
async function readWritableAreaState(db: Kysely<Database>, ref: ResponseRef, areaKey: string): Promise<AreaSaveState> {
  const state = await readAreaSaveState(db, ref, areaKey);
  if (!state) throw notFound('round', 'No such survey round.');
  assertAcceptingAnswers(state.round);
  if (!state.invited) throw notInvited(ref.year);
  return state;
}

async function bankOfState(db: Kysely<Database>, state: AreaSaveState): Promise<QuestionBank> {
  return cachedFrozenBank(state.bank) ?? requireBank(db, state.round);
}

/** The write changed nothing: the round closed, the invitation was withdrawn, or someone changed the response since it was read. Says which. */
async function explainRefusedWrite(db: Kysely<Database>, ref: ResponseRef, areaKey: string, expectedVersion: number): Promise<never> {
  const state = await readWritableAreaState(db, ref, areaKey);
  const response = state.response ?? NOT_STARTED;
  assertVersion(response, expectedVersion, areaKey, state.answer);
  assertDraft(response);
  throw conflict('version_conflict', 'Someone else has changed this response since you loaded it.');
}

function emptyAnswer(areaKey: string): AnswerRecord {
  return { areaKey, main: null, followup: null, comment: null, carriedOver: false, updatedAt: new Date(), updatedBy: null };
}

export async function submitResponse(db: Kysely<Database>, ref: ResponseRef, expectedVersion: number, actor: Actor): Promise<void> {
  await writeTransaction(db, ref, async (trx, round) => {
    const response = await lockResponse(trx, round.id, ref.organisationId);
    if (!response) throw conflict('response_empty', 'There is nothing to submit yet: answer at least one question first.');
    assertVersion(response, expectedVersion, null, undefined);
    if (response.status === 'submitted') throw conflict('response_submitted', 'The response is already submitted.');
    const answers = await listAnswers(trx, response.id);
    if (!answers.some((answer) => answer.main !== null)) {
      throw conflict('response_empty', 'There is nothing to submit yet: answer at least one question first.');
    }
    assertAllConfirmed(answers);
    const snapshot = Object.fromEntries(answers.map((a) => [a.areaKey, { main: a.main, followup: a.followup, comment: a.comment }]));
    const submission = await insertSubmission(trx, response.id, actor.id, snapshot);
    const version = await bumpVersion(trx, response.id, actor.id, {
      status: 'submitted',
      submittedAt: submission.submittedAt,
      submittedBy: actor.id,
    });
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'response.submitted',
      organisationId: ref.organisationId,
      roundId: round.id,
      details: { submissionId: submission.id, version, answeredAreas: answers.filter((a) => a.main !== null).length },
    });
  });
}

/** Last year's answers are submitted only once the respondent has confirmed or changed each of them. */
function assertAllConfirmed(answers: AnswerRecord[]): void {
  const areas = unconfirmedAreas(answers);
  if (areas.length === 0) return;
  const details: UnconfirmedAnswersDetails = { areas };
  throw conflict('unconfirmed_answers', `Confirm or change the answers carried over from last year before submitting: ${areas.join(', ')}.`, details);
}

/** Back to draft so it can be changed and submitted again; the earlier submissions stay in the history. */
export async function reopenResponse(db: Kysely<Database>, ref: ResponseRef, actor: Actor): Promise<void> {
  await writeTransaction(db, ref, (trx, round) => reopenSubmitted(trx, round.id, ref.organisationId, actor));
}

/**
 * The reopening itself, inside the caller's transaction (the respondent's own
 * reopen above, an administrator's on request in server/participation):
 * back to draft, audit-logged with `details` beside the new version.
 */
export async function reopenSubmitted(
  trx: Transaction<Database>,
  roundId: number,
  organisationId: number,
  actor: Actor,
  details: Record<string, unknown> = {},
): Promise<number> {
  const response = await lockResponse(trx, roundId, organisationId);
  if (!response || response.status !== 'submitted') throw conflict('response_not_submitted', 'Only a submitted response can be reopened.');
  const version = await bumpVersion(trx, response.id, actor.id, { status: 'draft', submittedAt: null, submittedBy: null });
  await recordAudit(trx, {
    actorUserId: actor.id,
    ip: actor.ip,
    action: 'response.reopened',
    organisationId,
    roundId,
    details: { version, ...details },
  });
  return version;
}

/**
 * "Start from last year's answers": copies the previous round's answers into
 * this round's unanswered areas, keeping only area and option keys this
 * round's bank knows. Copies are marked carried over until confirmed or
 * changed; answers already given are never overwritten.
 */
export async function carryOverAnswers(db: Kysely<Database>, ref: ResponseRef, actor: Actor): Promise<{ fromYear: number; copiedAreas: string[] }> {
  return writeTransaction(db, ref, async (trx, round) => {
    const previous = await findPreviousAnsweredResponse(trx, round.year, ref.organisationId);
    if (!previous) throw conflict('no_previous_answers', 'There are no answers from an earlier year to start from.');
    const bank = await requireBank(trx, round);
    const response = await lockOrCreateResponse(trx, round.id, ref.organisationId);
    assertDraft(response);
    const current = new Map((await listAnswers(trx, response.id)).map((a) => [a.areaKey, a]));
    const copies = (await reportedAnswers(trx, previous.id))
      .filter((answer) => answer.main !== null && current.get(answer.areaKey)?.main == null)
      .flatMap((answer) => {
        const values = keepKnownKeys(bank, answer);
        return values ? [{ areaKey: answer.areaKey, values }] : [];
      });
    if (copies.length === 0) return { fromYear: previous.year, copiedAreas: [] };
    for (const copy of copies) {
      // An existing comment (typed before copying) is kept over last year's.
      const comment = current.get(copy.areaKey)?.comment ?? copy.values.comment;
      await upsertAnswer(trx, response.id, copy.areaKey, { ...copy.values, comment, carriedOver: true }, actor.id);
    }
    const copiedAreas = copies.map((c) => c.areaKey);
    const version = await bumpVersion(trx, response.id, actor.id);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'response.carried_over',
      organisationId: ref.organisationId,
      roundId: round.id,
      details: { fromYear: previous.year, areas: copiedAreas, version },
    });
    return { fromYear: previous.year, copiedAreas };
  });
}

/**
 * What the organisation reported in a round: its last submitted answers —
 * what that year's results counted, even if it reopened and changed them
 * afterwards without submitting again — or, if it never submitted, the
 * answers it saved.
 */
async function reportedAnswers(db: Db, responseId: number): Promise<SubmittedAnswer[]> {
  return (await findLastSubmittedAnswers(db, responseId)) ?? listAnswers(db, responseId);
}

/** Last year's answer in this year's terms: null for an area this bank lacks; a follow-up key it lacks is dropped. */
function keepKnownKeys(bank: QuestionBank, answer: SubmittedAnswer) {
  const area = bank.areas.find((a) => a.key === answer.areaKey);
  if (!area) return null;
  const followupKnown = answer.followup !== null && area.followup.options.some((o) => o.key === answer.followup);
  return { main: answer.main, followup: answer.main === 'yes' && followupKnown ? answer.followup : null, comment: answer.comment };
}
