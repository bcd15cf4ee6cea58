import { sql, type Kysely, type QueryResult } from 'kysely';
import { compiledOnce } from '#server/db/compiled-once';
import type { Database, ResponseStatus } from '#server/db/schema';
import type { BankVersionStamp } from '#server/question-bank/repository';
import { toRoundRecord, type RoundRecord, type RoundRow } from '#server/rounds/repository';
import type { AnswerRecord, AnswerValues } from './repository';

/*
 * The queries of the autosave, the hottest write: every round trip to
 * PostgreSQL costs more than the work it carries (bench/RESULTS.md), so a save
 * is one read and one write, each a statement of its own without begin and
 * commit (docs/decisions/0006, 0030): the write is a database function that
 * takes the round's shared lock and re-checks everything the read decided on.
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
  organisationId: number;
  expectedVersion: number;
  areaKey: string;
  values: AnswerValues;
  userId: number | null;
  ip: string | null;
  /** The audit entry's details. */
  details: Record<string, unknown>;
  /** The time the round must still accept answers at (the app's clock, as isAcceptingAnswers). */
  now: Date;
};

export type WrittenAnswer = { version: number; updatedAt: Date };
type WrittenRow = { version: number; updated_at: Date };

const toWritten = ({ rows: [row] }: QueryResult<WrittenRow>): WrittenAnswer | undefined =>
  row ? { version: row.version, updatedAt: row.updated_at } : undefined;

/** The first save's values as the statement's parameters (each passes into it unchanged: server/db/compiled-once.ts). */
type FirstWriteParameters = {
  year: number;
  roundId: number;
  organisationId: number;
  areaKey: string;
  main: string | null;
  followup: string | null;
  comment: string | null;
  userId: number | null;
  ip: string | null;
  detailsJson: string;
  now: Date;
};
type WriteParameters = FirstWriteParameters & { responseId: number; expectedVersion: number };

const firstWriteParameterNames = [
  'year',
  'roundId',
  'organisationId',
  'areaKey',
  'main',
  'followup',
  'comment',
  'userId',
  'ip',
  'detailsJson',
  'now',
] as const satisfies readonly (keyof FirstWriteParameters)[];

const parametersOf = (write: AreaWrite): FirstWriteParameters => ({
  year: write.year,
  roundId: write.roundId,
  organisationId: write.organisationId,
  areaKey: write.areaKey,
  main: write.values.main,
  followup: write.values.followup,
  comment: write.values.comment,
  userId: write.userId,
  ip: write.ip,
  detailsJson: JSON.stringify(write.details),
  now: write.now,
});

// The functions are in migrations/202612052000_autosave_write_functions.ts.
const writeQuery = compiledOnce([...firstWriteParameterNames, 'responseId', 'expectedVersion'], (db, p: WriteParameters) =>
  sql<WrittenRow>`select version, updated_at from autosave_write(${p.year}::int, ${p.roundId}::int, ${p.organisationId}::int,
    ${p.responseId}::int, ${p.expectedVersion}::int, ${p.areaKey}::text, ${p.main}::text, ${p.followup}::text, ${p.comment}::text,
    ${p.userId}::int, ${p.ip}::text, ${p.detailsJson}::jsonb, ${p.now}::timestamptz)`.compile(db),
);

const firstWriteQuery = compiledOnce(firstWriteParameterNames, (db, p: FirstWriteParameters) =>
  sql<WrittenRow>`select version, updated_at from autosave_first_write(${p.year}::int, ${p.roundId}::int, ${p.organisationId}::int,
    ${p.areaKey}::text, ${p.main}::text, ${p.followup}::text, ${p.comment}::text,
    ${p.userId}::int, ${p.ip}::text, ${p.detailsJson}::jsonb, ${p.now}::timestamptz)`.compile(db),
);

/**
 * One statement, committed on its own: takes the round's shared lock, then —
 * with a snapshot taken after the lock, so a close that committed while it
 * waited is seen — bumps the response's version and writes the answer and the
 * audit entry, only if the response is still a draft at the expected version
 * and the round still accepts answers at `now`. Undefined when a condition no
 * longer holds; nothing is written then. Run outside a transaction: its end
 * is the commit.
 */
export async function writeAreaAnswer(db: Kysely<Database>, write: AreaWrite & { responseId: number }): Promise<WrittenAnswer | undefined> {
  return toWritten(await writeQuery.execute(db, { ...parametersOf(write), responseId: write.responseId, expectedVersion: write.expectedVersion }));
}

/**
 * The organisation's first save: as writeAreaAnswer, creating its response at
 * version 1 (which moves the round's results revision, decision 0007).
 * Undefined when a concurrent first save created the response already, the
 * round stopped accepting answers or the invitation was withdrawn (an
 * invitation can only be withdrawn before there is a response); nothing is
 * written then.
 */
export async function writeFirstAreaAnswer(db: Kysely<Database>, write: AreaWrite): Promise<WrittenAnswer | undefined> {
  return toWritten(await firstWriteQuery.execute(db, parametersOf(write)));
}
