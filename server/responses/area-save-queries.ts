import { sql, type QueryResult, type Transaction } from 'kysely';
import { auditInsertFrom } from '#server/audit/repository';
import { compiledOnce } from '#server/db/compiled-once';
import type { Database, ResponseStatus } from '#server/db/schema';
import type { BankVersionStamp } from '#server/question-bank/repository';
import { shareRoundLockSql, toRoundRecord, type RoundRecord, type RoundRow } from '#server/rounds/repository';
import type { AnswerRecord, AnswerValues } from './repository';

/*
 * The queries of the autosave, the hottest write: every round trip to
 * PostgreSQL costs more than the work it carries (bench/RESULTS.md), so a save
 * is one read and one write inside its transaction instead of a statement per
 * check.
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
 * Takes the round's shared lock and reads what a save of one area decides on:
 * the round, the invitation, the response and the area's current answer.
 * The lock is taken while this statement runs, after its snapshot: a round
 * closed in between is seen as open here, which is why the write checks the
 * round again (see writeAreaAnswer). Undefined when there is no such round.
 */
export async function readAreaSaveState(
  trx: Transaction<Database>,
  ref: { year: number; organisationId: number },
  areaKey: string,
): Promise<AreaSaveState | undefined> {
  const { rows } = await readStateQuery.execute(trx, { year: ref.year, organisationId: ref.organisationId, areaKey });
  const row = rows[0];
  return row ? toState(row) : undefined;
}

const readStateQuery = compiledOnce(['year', 'organisationId', 'areaKey'], (db, p: { year: number; organisationId: number; areaKey: string }) =>
  sql<StateRow>`
    select ${shareRoundLockSql(sql`rd.year`)} as locked,
      rd.id, rd.year, rd.state, rd.opens_at, rd.closes_at, rd.bank_version_id,
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

/** The write's values as one statement's parameters (each passes into it unchanged: server/db/compiled-once.ts). */
type WriteParameters = {
  roundId: number;
  organisationId: number;
  responseId: number;
  expectedVersion: number;
  areaKey: string;
  main: string | null;
  followup: string | null;
  comment: string | null;
  userId: number | null;
  ip: string | null;
  detailsJson: string;
  now: Date;
};

const writeParameterNames = [
  'roundId',
  'organisationId',
  'responseId',
  'expectedVersion',
  'areaKey',
  'main',
  'followup',
  'comment',
  'userId',
  'ip',
  'detailsJson',
  'now',
] as const;

type FirstWriteParameters = Omit<WriteParameters, 'responseId' | 'expectedVersion'>;

/** The round still accepts answers at `now`: read fresh by the write statement, under the round lock. */
const roundAccepts = (p: FirstWriteParameters) => sql`exists (select 1 from round rd where rd.id = ${p.roundId} and rd.state = 'open'
  and rd.opens_at <= ${p.now}::timestamptz and ${p.now}::timestamptz < rd.closes_at)`;

/** The answer and audit entry, written for the response `changed` returns (id, version). */
const answerAndAudit = (p: FirstWriteParameters) => sql`
  saved as (
    insert into answer (response_id, area_key, main, followup, comment, carried_over, updated_at, updated_by)
    select id, ${p.areaKey}::text, ${p.main}::text, ${p.followup}::text, ${p.comment}::text, false, now(), ${p.userId}::int
    from changed
    on conflict (response_id, area_key) do update set main = excluded.main, followup = excluded.followup, comment = excluded.comment,
      carried_over = false, updated_at = excluded.updated_at, updated_by = excluded.updated_by
    returning updated_at
  ),
  audited as (${auditInsertFrom(
    'changed',
    {
      // The entry's own details are this save's (computed by the caller, one parameter); the version is the write's.
      actorUserId: p.userId,
      action: 'response.answer_changed',
      organisationId: p.organisationId,
      roundId: p.roundId,
      ip: p.ip,
    },
    sql`${p.detailsJson}::jsonb || jsonb_build_object('version', changed.version)`,
  )})
  select changed.version, saved.updated_at from changed cross join saved`;

export type WrittenAnswer = { version: number; updatedAt: Date };
type WrittenRow = { version: number; updated_at: Date };

const toWritten = ({ rows: [row] }: QueryResult<WrittenRow>): WrittenAnswer | undefined =>
  row ? { version: row.version, updatedAt: row.updated_at } : undefined;

const parametersOf = (write: AreaWrite): FirstWriteParameters => ({
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

const writeQuery = compiledOnce(writeParameterNames, (db, p: WriteParameters) =>
  sql<WrittenRow>`
    with changed as (
      update response set version = version + 1, updated_at = now(), updated_by = ${p.userId}
      where id = ${p.responseId} and version = ${p.expectedVersion} and status = 'draft' and ${roundAccepts(p)}
      returning id, version
    ),
    ${answerAndAudit(p)}`.compile(db),
);

/**
 * One statement: bumps the response's version, writes the answer and the
 * audit entry — only if the response is still a draft at the expected
 * version and the round still accepts answers, both read fresh under the
 * round lock and the row lock the update takes. Undefined when a condition
 * no longer holds; nothing is written then.
 */
export async function writeAreaAnswer(trx: Transaction<Database>, write: AreaWrite & { responseId: number }): Promise<WrittenAnswer | undefined> {
  return toWritten(await writeQuery.execute(trx, { ...parametersOf(write), responseId: write.responseId, expectedVersion: write.expectedVersion }));
}

const firstWriteParameterNames = writeParameterNames.filter(
  (name): name is keyof FirstWriteParameters => name !== 'responseId' && name !== 'expectedVersion',
);

const firstWriteQuery = compiledOnce(firstWriteParameterNames, (db, p: FirstWriteParameters) =>
  sql<WrittenRow>`
    with changed as (
      insert into response (round_id, organisation_id, version, updated_at, updated_by)
      select ${p.roundId}::int, ${p.organisationId}::int, 1, now(), ${p.userId}::int
      where ${roundAccepts(p)}
        and exists (select 1 from round_invitation i where i.round_id = ${p.roundId} and i.organisation_id = ${p.organisationId})
      on conflict (round_id, organisation_id) do nothing
      returning id, version
    ),
    ${answerAndAudit(p)}`.compile(db),
);

/**
 * The organisation's first save: creates its response at version 1 with the
 * answer and the audit entry, in one statement at the end of the
 * transaction (creating a response moves the round's results revision, a
 * row every first save of the round locks until it commits). Undefined when
 * a concurrent first save created the response already, the round stopped
 * accepting answers or the invitation was withdrawn (an invitation can only
 * be withdrawn before there is a response); nothing is written then.
 */
export async function writeFirstAreaAnswer(trx: Transaction<Database>, write: AreaWrite): Promise<WrittenAnswer | undefined> {
  return toWritten(await firstWriteQuery.execute(trx, parametersOf(write)));
}
