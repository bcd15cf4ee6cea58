import type { Db } from '#server/db/sql';
import type { AreaAnswerCells, ResponseFileRow } from './response-csv';

// PostgreSQL takes at most 65535 parameters per statement.
const CHUNK = 5000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export type StoredResponse = ResponseFileRow & { organisationId: number; responseId: number | null };

/**
 * The round's responses as file rows, for the invited organisations (or the
 * given ones), ordered by organisation code so an export is stable.
 */
export async function loadResponseRows(db: Db, roundId: number, organisationIds?: number[]): Promise<StoredResponse[]> {
  if (organisationIds?.length === 0) return [];
  const responses = await db
    .selectFrom('organisation')
    .leftJoin('response', (join) => join.onRef('response.organisation_id', '=', 'organisation.id').on('response.round_id', '=', roundId))
    .select(['organisation.id as organisation_id', 'organisation.code', 'response.id as response_id', 'response.status', 'response.submitted_at'])
    .$if(organisationIds === undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('round_invitation')
            .select('round_invitation.organisation_id')
            .whereRef('round_invitation.organisation_id', '=', 'organisation.id')
            .where('round_invitation.round_id', '=', roundId),
        ),
      ),
    )
    .$if(organisationIds !== undefined, (q) => q.where('organisation.id', 'in', organisationIds!))
    .orderBy('organisation.code')
    .execute();
  const answers = await loadAnswers(
    db,
    responses.flatMap((r) => (r.response_id === null ? [] : [r.response_id])),
  );
  return responses.map((r) => ({
    organisationId: r.organisation_id,
    organisationCode: r.code,
    responseId: r.response_id,
    status: r.status ?? 'not_started',
    submittedAt: r.submitted_at?.toISOString() ?? null,
    answers: (r.response_id !== null && answers.get(r.response_id)) || {},
  }));
}

async function loadAnswers(db: Db, responseIds: number[]): Promise<Map<number, Record<string, AreaAnswerCells>>> {
  const byResponse = new Map<number, Record<string, AreaAnswerCells>>();
  for (const ids of chunks(responseIds)) {
    const rows = await db
      .selectFrom('answer')
      .select(['response_id', 'area_key', 'main', 'followup', 'comment'])
      .where('response_id', 'in', ids)
      .execute();
    for (const row of rows) {
      if (row.main === null && row.followup === null && !row.comment) continue;
      const answers = byResponse.get(row.response_id) ?? {};
      answers[row.area_key] = { main: row.main, followup: row.followup, comment: row.comment || null };
      byResponse.set(row.response_id, answers);
    }
  }
  return byResponse;
}

export async function inviteOrganisations(db: Db, roundId: number, organisationIds: number[], invitedBy: number | null): Promise<number> {
  let added = 0;
  for (const ids of chunks(organisationIds)) {
    const inserted = await db
      .insertInto('round_invitation')
      .values(ids.map((organisation_id) => ({ round_id: roundId, organisation_id, invited_by: invitedBy })))
      .onConflict((oc) => oc.doNothing())
      .returning('organisation_id')
      .execute();
    added += inserted.length;
  }
  return added;
}

export async function deleteResponses(db: Db, responseIds: number[]): Promise<void> {
  for (const ids of chunks(responseIds)) await db.deleteFrom('response').where('id', 'in', ids).execute();
}

export type ResponseWrite = { organisationId: number; row: ResponseFileRow };

/**
 * Sets status and answers of the responses exactly as given: upserts each
 * response (its version grows, so a respondent's stale form notices) and
 * replaces its answers. Submitted ones get a submission snapshot, as a
 * respondent's submission would.
 */
export async function writeResponses(db: Db, roundId: number, writes: ResponseWrite[], actorUserId: number | null): Promise<void> {
  const now = new Date();
  for (const batch of chunks(writes, 2000)) {
    const saved = await db
      .insertInto('response')
      .values(
        batch.map(({ organisationId, row }) => ({
          round_id: roundId,
          organisation_id: organisationId,
          status: row.status === 'submitted' ? ('submitted' as const) : ('draft' as const),
          submitted_at: row.submittedAt === null ? null : new Date(row.submittedAt),
          submitted_by: null,
          updated_at: now,
          updated_by: actorUserId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['round_id', 'organisation_id']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          submitted_at: eb.ref('excluded.submitted_at'),
          submitted_by: null,
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
          version: eb('response.version', '+', 1),
        })),
      )
      .returning(['id', 'organisation_id'])
      .execute();
    const idByOrganisation = new Map(saved.map((s) => [s.organisation_id, s.id]));
    const written = batch.map((w) => ({ responseId: idByOrganisation.get(w.organisationId)!, row: w.row }));
    await replaceAnswers(db, written, now, actorUserId);
    await recordSubmissions(
      db,
      written.filter((w) => w.row.status === 'submitted'),
    );
  }
}

async function replaceAnswers(db: Db, written: { responseId: number; row: ResponseFileRow }[], now: Date, actorUserId: number | null) {
  await db
    .deleteFrom('answer')
    .where(
      'response_id',
      'in',
      written.map((w) => w.responseId),
    )
    .execute();
  const answers = written.flatMap(({ responseId, row }) =>
    Object.entries(row.answers).map(([areaKey, a]) => ({
      response_id: responseId,
      area_key: areaKey,
      main: a.main,
      followup: a.followup,
      comment: a.comment,
      updated_at: now,
      updated_by: actorUserId,
    })),
  );
  for (const batch of chunks(answers, 8000)) await db.insertInto('answer').values(batch).execute();
}

/** submitted_by stays empty: no respondent submitted it here; the audit log names the importing administrator. */
async function recordSubmissions(db: Db, submitted: { responseId: number; row: ResponseFileRow }[]) {
  for (const batch of chunks(submitted, 2000)) {
    await db
      .insertInto('response_submission')
      .values(
        batch.map(({ responseId, row }) => ({
          response_id: responseId,
          submitted_at: new Date(row.submittedAt!),
          submitted_by: null,
          answers: JSON.stringify(row.answers),
        })),
      )
      .execute();
  }
}
