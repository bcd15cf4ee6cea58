import { sql, type Transaction } from 'kysely';
import type { Database, ResponseStatus } from '#server/db/schema';
import type { Db } from '#server/db/sql';

export type Person = { id: number; name: string };

export type ResponseRecord = {
  id: number;
  roundId: number;
  organisationId: number;
  status: ResponseStatus;
  version: number;
  submittedAt: Date | null;
  submittedBy: Person | null;
  updatedAt: Date;
};

export type AnswerValues = { main: 'yes' | 'no' | null; followup: string | null; comment: string | null };

export type AnswerRecord = AnswerValues & {
  areaKey: string;
  carriedOver: boolean;
  updatedAt: Date;
  updatedBy: Person | null;
};

export type SubmissionRecord = { id: number; submittedAt: Date; submittedBy: Person | null };

const person = (id: number | null, name: string | null): Person | null => (id === null ? null : { id, name: name ?? '' });

export async function isInvited(db: Db, roundId: number, organisationId: number): Promise<boolean> {
  const row = await db
    .selectFrom('round_invitation')
    .select('round_id')
    .where('round_id', '=', roundId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findOrganisationRef(db: Db, organisationId: number) {
  return db.selectFrom('organisation').select(['id', 'code', 'name']).where('id', '=', organisationId).executeTakeFirst();
}

function selectResponses(db: Db) {
  return db
    .selectFrom('response')
    .leftJoin('app_user as submitter', 'submitter.id', 'response.submitted_by')
    .select([
      'response.id',
      'response.round_id',
      'response.organisation_id',
      'response.status',
      'response.version',
      'response.submitted_at',
      'response.submitted_by',
      'submitter.name as submitted_by_name',
      'response.updated_at',
    ]);
}

type ResponseRow = Awaited<ReturnType<ReturnType<typeof selectResponses>['executeTakeFirstOrThrow']>>;

function toResponseRecord(row: ResponseRow): ResponseRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    organisationId: row.organisation_id,
    status: row.status,
    version: row.version,
    submittedAt: row.submitted_at,
    submittedBy: person(row.submitted_by, row.submitted_by_name),
    updatedAt: row.updated_at,
  };
}

export async function findResponse(db: Db, roundId: number, organisationId: number): Promise<ResponseRecord | undefined> {
  const row = await selectResponses(db)
    .where('response.round_id', '=', roundId)
    .where('response.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? toResponseRecord(row) : undefined;
}

/**
 * The response row, locked until the transaction ends, so concurrent writes
 * to one response run one after the other and each sees the version the
 * previous one left.
 */
export async function lockResponse(db: Transaction<Database>, roundId: number, organisationId: number): Promise<ResponseRecord | undefined> {
  const row = await selectResponses(db)
    .where('response.round_id', '=', roundId)
    .where('response.organisation_id', '=', organisationId)
    .forUpdate('response')
    .executeTakeFirst();
  return row ? toResponseRecord(row) : undefined;
}

/** Like lockResponse, creating the (empty, version 0) response first if there is none. */
export async function lockOrCreateResponse(db: Transaction<Database>, roundId: number, organisationId: number): Promise<ResponseRecord> {
  // Every save after the first finds the row: lock it without attempting an insert.
  const existing = await lockResponse(db, roundId, organisationId);
  if (existing) return existing;
  await db
    .insertInto('response')
    .values({ round_id: roundId, organisation_id: organisationId })
    .onConflict((oc) => oc.columns(['round_id', 'organisation_id']).doNothing())
    .execute();
  const response = await lockResponse(db, roundId, organisationId);
  if (!response) throw new Error(`response of round ${roundId} / organisation ${organisationId} vanished`);
  return response;
}

export async function listAnswers(db: Db, responseId: number): Promise<AnswerRecord[]> {
  const rows = await db
    .selectFrom('answer')
    .leftJoin('app_user', 'app_user.id', 'answer.updated_by')
    .select([
      'answer.area_key',
      'answer.main',
      'answer.followup',
      'answer.comment',
      'answer.carried_over',
      'answer.updated_at',
      'answer.updated_by',
      'app_user.name as updated_by_name',
    ])
    .where('answer.response_id', '=', responseId)
    .orderBy('answer.area_key')
    .execute();
  return rows.map((row) => ({
    areaKey: row.area_key,
    main: row.main,
    followup: row.followup,
    comment: row.comment,
    carriedOver: row.carried_over,
    updatedAt: row.updated_at,
    updatedBy: person(row.updated_by, row.updated_by_name),
  }));
}

export async function upsertAnswer(
  db: Db,
  responseId: number,
  areaKey: string,
  values: AnswerValues & { carriedOver: boolean },
  userId: number | null,
): Promise<{ updatedAt: Date }> {
  const columns = {
    main: values.main,
    followup: values.followup,
    comment: values.comment,
    carried_over: values.carriedOver,
    updated_at: sql<Date>`now()`,
    updated_by: userId,
  };
  const row = await db
    .insertInto('answer')
    .values({ response_id: responseId, area_key: areaKey, ...columns })
    .onConflict((oc) => oc.columns(['response_id', 'area_key']).doUpdateSet(columns))
    .returning('updated_at')
    .executeTakeFirstOrThrow();
  return { updatedAt: row.updated_at };
}

export type ResponseChanges = Partial<{ status: ResponseStatus; submittedAt: Date | null; submittedBy: number | null }>;

/** Every change to a response bumps its version: that is what makes a stale save detectable. */
export async function bumpVersion(db: Db, responseId: number, userId: number | null, changes: ResponseChanges = {}): Promise<number> {
  const { version } = await db
    .updateTable('response')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
      updated_by: userId,
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.submittedAt !== undefined && { submitted_at: changes.submittedAt }),
      ...(changes.submittedBy !== undefined && { submitted_by: changes.submittedBy }),
    }))
    .where('id', '=', responseId)
    .returning('version')
    .executeTakeFirstOrThrow();
  return version;
}

export async function insertSubmission(db: Db, responseId: number, userId: number | null, answers: unknown): Promise<SubmissionRecord> {
  const row = await db
    .insertInto('response_submission')
    .values({ response_id: responseId, submitted_by: userId, answers: JSON.stringify(answers) })
    .returning(['id', 'submitted_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, submittedAt: row.submitted_at, submittedBy: null };
}

export type SubmittedAnswer = AnswerValues & { areaKey: string };

/** The answers as last submitted (the snapshot taken at submission); undefined if never submitted. */
export async function findLastSubmittedAnswers(db: Db, responseId: number): Promise<SubmittedAnswer[] | undefined> {
  const row = await db
    .selectFrom('response_submission')
    .select('answers')
    .where('response_id', '=', responseId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  // Written by submitResponse: { [areaKey]: { main, followup, comment } }.
  const snapshot = row.answers as Record<string, AnswerValues>;
  return Object.entries(snapshot).map(([areaKey, values]) => ({
    areaKey,
    main: values.main ?? null,
    followup: values.followup ?? null,
    comment: values.comment ?? null,
  }));
}

/** Newest first. */
export async function listSubmissions(db: Db, responseId: number): Promise<SubmissionRecord[]> {
  const rows = await db
    .selectFrom('response_submission')
    .leftJoin('app_user', 'app_user.id', 'response_submission.submitted_by')
    .select(['response_submission.id', 'response_submission.submitted_at', 'response_submission.submitted_by', 'app_user.name'])
    .where('response_submission.response_id', '=', responseId)
    .orderBy('response_submission.id', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, submittedAt: row.submitted_at, submittedBy: person(row.submitted_by, row.name) }));
}

/**
 * The organisation's most recent earlier response that holds answers: the
 * source of "start from last year's answers". Draft rounds never count.
 */
export async function findPreviousAnsweredResponse(db: Db, year: number, organisationId: number) {
  return db
    .selectFrom('response')
    .innerJoin('round', 'round.id', 'response.round_id')
    .select(['response.id', 'round.year'])
    .where('response.organisation_id', '=', organisationId)
    .where('round.year', '<', year)
    .where('round.state', '!=', 'draft')
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('answer').select('answer.area_key').whereRef('answer.response_id', '=', 'response.id').where('answer.main', 'is not', null)),
    )
    .orderBy('round.year', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type ResponseEventRecord = { kind: 'submitted' | 'reopened'; at: Date; by: Person | null; byAdministrator: boolean };

/**
 * Who submitted and reopened the response, and when, newest first.
 * Submissions are kept in response_submission; reopenings (the
 * respondent's own and an administrator's on request) only in the audit log.
 */
export async function listResponseEvents(db: Db, response: { id: number; roundId: number; organisationId: number }): Promise<ResponseEventRecord[]> {
  const [submissions, reopenings] = await Promise.all([
    listSubmissions(db, response.id),
    db
      .selectFrom('audit_log')
      .leftJoin('app_user', 'app_user.id', 'audit_log.actor_user_id')
      .select(['audit_log.id', 'audit_log.at', 'audit_log.actor_user_id', 'app_user.name'])
      .select(sql<boolean>`coalesce((audit_log.details->>'byAdministrator')::boolean, false)`.as('by_administrator'))
      .where('audit_log.action', '=', 'response.reopened')
      .where('audit_log.organisation_id', '=', response.organisationId)
      .where('audit_log.round_id', '=', response.roundId)
      .execute(),
  ]);
  const events: ResponseEventRecord[] = [
    ...submissions.map((s) => ({ kind: 'submitted' as const, at: s.submittedAt, by: s.submittedBy, byAdministrator: false })),
    ...reopenings.map((r) => ({ kind: 'reopened' as const, at: r.at, by: person(r.actor_user_id, r.name), byAdministrator: r.by_administrator })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime());
}
