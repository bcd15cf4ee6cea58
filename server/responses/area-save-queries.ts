import { sql, type Kysely } from 'kysely';
import { compiledOnce } from '#server/db/compiled-once';
import type { SessionCheck } from '#server/auth/sessions';
import type { Database, ResponseStatus } from '#server/db/schema';
import type { BankVersionStamp } from '#server/question-bank/repository';
import { toRoundRecord, type RoundRecord, type RoundRow } from '#server/rounds/repository';
import type { AnswerRecord, AnswerValues } from './repository';

/*
 * The queries of the autosave, the hottest write: every round trip to
 * PostgreSQL costs more than the work it carries (bench/RESULTS.md), so a save
 * is one write, a statement of its own without begin and commit: a database
 * function that takes the round's shared lock and checks everything itself
 * (docs/decisions/0006, 0030, 0032). The read runs when the app does not know
 * the round's question bank yet, and when the write refuses, to say why.
 */

export type AreaSaveState = {
  round: RoundRecord;
  bank: BankVersionStamp;
  invited: boolean;
  response: { id: number; status: ResponseStatus; version: number } | undefined;
  answer: AnswerRecord | undefined;
};

type StateRow = RoundRow & {
  bank_frozen_at: Date | null;
  invited: boolean;
  response_id: number | null;
  status: ResponseStatus | null;
  version: number | null;
  answer_area_key: string | null;
  main: 'yes' | 'no' | null;
  followup: string | null;
  comment: string | null;
  carried_over: boolean | null;
  answer_updated_at: Date | null;
  answer_updated_by: number | null;
  answer_updated_by_name: string | null;
};

/**
 * Reads what a save of one area decides on: the round, the invitation, the
 * response and the area's current answer, without a lock — a round may close
 * and a response change after this read, which is why the write checks round,
 * version and status again under the round's lock (see writeAreaAnswer).
 * Undefined when there is no such round.
 */
export async function readAreaSaveState(
  db: Kysely<Database>,
  ref: { year: number; organisationId: number },
  areaKey: string,
): Promise<AreaSaveState | undefined> {
  const { rows } = await readStateQuery.execute(db, { year: ref.year, organisationId: ref.organisationId, areaKey });
  const row = rows[0];
  return row ? toState(row) : undefined;
}

const readStateQuery = compiledOnce(['year', 'organisationId', 'areaKey'], (db, p: { year: number; organisationId: number; areaKey: string }) =>
  sql<StateRow>`
    select rd.id, rd.year, rd.state, rd.opens_at, rd.closes_at, rd.bank_version_id,
      bank.version as bank_version, bank.frozen_at as bank_frozen_at, rd.share_comments, rd.created_at,
      exists (select 1 from round_invitation i where i.round_id = rd.id and i.organisation_id = ${p.organisationId}) as invited,
      r.id as response_id, r.status, r.version,
      a.area_key as answer_area_key, a.main, a.followup, a.comment, a.carried_over,
      a.updated_at as answer_updated_at, a.updated_by as answer_updated_by, u.name as answer_updated_by_name
    from round rd
    join question_bank_version bank on bank.id = rd.bank_version_id
    left join response r on r.round_id = rd.id and r.organisation_id = ${p.organisationId}
    left join answer a on a.response_id = r.id and a.area_key = ${p.areaKey}
    left join app_user u on u.id = a.updated_by
    where rd.year = ${p.year}`.compile(db),
);

function toState(row: StateRow): AreaSaveState {
  return {
    round: toRoundRecord(row),
    bank: { id: row.bank_version_id, version: row.bank_version, frozenAt: row.bank_frozen_at },
    invited: row.invited,
    response: row.response_id === null ? undefined : { id: row.response_id, status: row.status!, version: row.version! },
    answer:
      row.answer_area_key === null
        ? undefined
        : {
            areaKey: row.answer_area_key,
            main: row.main,
            followup: row.followup,
            comment: row.comment,
            carriedOver: row.carried_over!,
            updatedAt: row.answer_updated_at!,
            updatedBy: row.answer_updated_by === null ? null : { id: row.answer_updated_by, name: row.answer_updated_by_name ?? '' },
          },
  };
}

export type AreaWrite = {
  year: number;
  roundId: number;
  /** The question bank the values were validated against: the write refuses if the round has another. */
  bankVersionId: number;
  organisationId: number;
  expectedVersion: number;
  areaKey: string;
  values: AnswerValues;
  /** Confirm a carried-over answer even if its values stay the same. */
  confirmCarriedOver: boolean;
  userId: number | null;
  ip: string | null;
  /** The time the round must still accept answers at (the app's clock, as isAcceptingAnswers). */
  now: Date;
};

/**
 * What the write did: wrote the answer at a new version; found nothing to
 * change (the answer as stored, undefined for an area never answered); or
 * refused, writing nothing — a check no longer held, and a read says which.
 */
export type AreaWriteOutcome =
  | { outcome: 'saved'; version: number; updatedAt: Date }
  | { outcome: 'unchanged'; version: number; answer: AnswerRecord | undefined }
  | { outcome: 'refused' };

type WriteRow = {
  outcome: 'saved' | 'unchanged' | 'refused';
  version: number | null;
  updated_at: Date | null;
  has_answer: boolean | null;
  main: 'yes' | 'no' | null;
  followup: string | null;
  comment: string | null;
  carried_over: boolean | null;
  updated_by: number | null;
  updated_by_name: string | null;
};

/** The values as the statement's parameters (each passes into it unchanged: server/db/compiled-once.ts). */
type WriteParameters = Omit<AreaWrite, 'values'> & {
  main: string | null;
  followup: string | null;
  comment: string | null;
};

const writeParameterNames = [
  'year',
  'roundId',
  'bankVersionId',
  'organisationId',
  'expectedVersion',
  'areaKey',
  'main',
  'followup',
  'comment',
  'confirmCarriedOver',
  'userId',
  'ip',
  'now',
] as const satisfies readonly (keyof WriteParameters)[];

// The function is in migrations/202612062000_autosave_in_one_statement.ts.
const writeQuery = compiledOnce(writeParameterNames, (db, p: WriteParameters) =>
  sql<WriteRow>`select * from autosave_save(${p.year}::int, ${p.roundId}::int, ${p.bankVersionId}::int, ${p.organisationId}::int,
    ${p.expectedVersion}::int, ${p.areaKey}::text, ${p.main}::text, ${p.followup}::text, ${p.comment}::text,
    ${p.confirmCarriedOver}::boolean, ${p.userId}::int, ${p.ip}::text, ${p.now}::timestamptz)`.compile(db),
);

/**
 * One statement, committed on its own: takes the round's shared lock, then —
 * with snapshots taken after the lock, so a close or withdrawal that committed
 * while it waited is seen — checks that the round (on this bank) accepts
 * answers at `now`, the organisation is invited and the response is a draft
 * at the expected version, and writes version, answer and audit entry unless
 * nothing changes. Run outside a transaction: its end is the commit.
 */
export async function writeAreaAnswer(db: Kysely<Database>, write: AreaWrite): Promise<AreaWriteOutcome> {
  const {
    rows: [row],
  } = await writeQuery.execute(db, { ...parametersOf(write), userId: write.userId });
  return row ? toOutcome(row, write.areaKey) : { outcome: 'refused' };
}

/** An area write's fields as both save statements' parameters (the answer's values spread into their own). */
function parametersOf(write: Omit<AreaWrite, 'userId'>): Omit<WriteParameters, 'userId'> {
  const { year, roundId, bankVersionId, organisationId, expectedVersion, areaKey, values, confirmCarriedOver, ip, now } = write;
  return { year, roundId, bankVersionId, organisationId, expectedVersion, areaKey, ...values, confirmCarriedOver, ip, now };
}

function toOutcome(row: WriteRow, areaKey: string): AreaWriteOutcome {
  if (row.outcome === 'refused') return { outcome: 'refused' };
  if (row.outcome === 'saved') return { outcome: 'saved', version: row.version!, updatedAt: row.updated_at! };
  const answer: AnswerRecord | undefined = row.has_answer
    ? {
        areaKey,
        main: row.main,
        followup: row.followup,
        comment: row.comment,
        carriedOver: row.carried_over!,
        updatedAt: row.updated_at!,
        updatedBy: row.updated_by === null ? null : { id: row.updated_by, name: row.updated_by_name ?? '' },
      }
    : undefined;
  return { outcome: 'unchanged', version: row.version!, answer };
}

export type SessionAreaWrite = Omit<AreaWrite, 'userId'> & { session: SessionCheck };

/** The caller the statement found, as the actor of its write. */
export type SessionWriter = { id: number; name: string; email: string };

/** As AreaWriteOutcome, with the session's user; or 'unauthorised': the ordinary session check must decide. */
export type SessionAreaWriteOutcome = { outcome: 'unauthorised' } | (AreaWriteOutcome & { writer: SessionWriter });

type SessionWriteRow = Omit<WriteRow, 'outcome'> & {
  outcome: WriteRow['outcome'] | 'unauthorised';
  user_id: number | null;
  user_name: string | null;
  user_email: string | null;
};

type SessionWriteParameters = Omit<WriteParameters, 'userId'> & {
  sessionHash: string;
  idleSeconds: number;
  touchSeconds: number;
  mfaRequiredRoles: readonly string[];
};

const sessionWriteParameterNames = [
  'sessionHash',
  'idleSeconds',
  'touchSeconds',
  'mfaRequiredRoles',
  ...writeParameterNames.filter((name) => name !== 'userId'),
] as const satisfies readonly (keyof SessionWriteParameters)[];

// The function is in migrations/202612072000_autosave_with_its_session.ts.
const sessionWriteQuery = compiledOnce(sessionWriteParameterNames, (db, p: SessionWriteParameters) =>
  sql<SessionWriteRow>`select * from autosave_save_as(${p.sessionHash}::text, ${p.idleSeconds}::int, ${p.touchSeconds}::int,
    ${p.mfaRequiredRoles}::text[], ${null}::int, ${p.year}::int, ${p.roundId}::int, ${p.bankVersionId}::int, ${p.organisationId}::int,
    ${p.expectedVersion}::int, ${p.areaKey}::text, ${p.main}::text, ${p.followup}::text, ${p.comment}::text,
    ${p.confirmCarriedOver}::boolean, ${p.ip}::text, ${p.now}::timestamptz)`.compile(db),
);

/**
 * writeAreaAnswer with its session check in the same statement: the write
 * runs only when the session plainly lets its user write this organisation's
 * response; otherwise 'unauthorised', nothing written, and the ordinary check
 * decides (server/auth/access.ts checkDeferredSession).
 */
export async function writeAreaAnswerInSession(db: Kysely<Database>, write: SessionAreaWrite): Promise<SessionAreaWriteOutcome> {
  const {
    rows: [row],
  } = await sessionWriteQuery.execute(db, {
    sessionHash: write.session.sessionHash,
    idleSeconds: write.session.idleSeconds,
    touchSeconds: write.session.touchSeconds,
    mfaRequiredRoles: write.session.mfaRequiredRoles,
    ...parametersOf(write),
  });
  if (!row || row.outcome === 'unauthorised' || row.user_id === null) return { outcome: 'unauthorised' };
  const writer = { id: row.user_id, name: row.user_name ?? '', email: row.user_email ?? '' };
  return { ...toOutcome(row as WriteRow, write.areaKey), writer };
}
