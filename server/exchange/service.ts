import type { Kysely } from 'kysely';
import type { ResponseImportResult } from '#shared/api/results';
import { recordAudit } from '#server/audit/repository';
import type { Actor } from '#server/audit/actor';
import type { Database } from '#server/db/schema';
import type { Db } from '#server/db/sql';
import { withLongStatementTimeout } from '#server/db/timeouts';
import { notFound } from '#server/errors';
import { csvRejected } from '#server/http/csv';
import { loadQuestionBank } from '#server/question-bank/repository';
import { findRound, type RoundRecord } from '#server/rounds/repository';
import { deleteResponses, inviteOrganisations, loadResponseRows, writeResponses, type ResponseWrite, type StoredResponse } from './repository';
import { readResponseCsv, ResponseFileError, writeResponseCsv, type FileBank, type FileRound, type ResponseFileRow } from './response-csv';

async function roundOf(db: Db, year: number, lock: 'none' | 'update' = 'none'): Promise<RoundRecord> {
  const round = await findRound(db, { year }, lock);
  if (!round) throw notFound('round', `There is no survey round for ${year}.`);
  return round;
}

export async function fileBankOf(db: Db, bankVersionId: number): Promise<FileBank> {
  const bank = await loadQuestionBank(db, bankVersionId);
  if (!bank) throw new Error(`Question bank ${bankVersionId} is missing`);
  return {
    areas: bank.areas.map((a) => ({ key: a.key, optionKeys: a.followup.options.map((o) => o.key) })),
    commentMaxLength: bank.comment.maxLength,
  };
}

/** The round's response file (docs/interfaces §1): one row per invited organisation. Audited. */
export async function exportResponses(db: Kysely<Database>, year: number, actor: Actor): Promise<string> {
  // Administrative work on a whole round: the long statement limit, not the request one (docs/decisions/0012).
  return withLongStatementTimeout(db, async (trx) => {
    const round = await roundOf(trx, year);
    const bank = await fileBankOf(trx, round.bankVersionId);
    const rows = await loadResponseRows(trx, round.id);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'responses.exported',
      roundId: round.id,
      details: { year, rows: rows.length },
    });
    return writeResponseCsv(
      bank.areas.map((a) => a.key),
      rows,
    );
  });
}

/**
 * Imports a response file all or nothing. Every row is checked before
 * anything is written; then, in one transaction, every organisation in the
 * file is invited and its status and answers become exactly what the file
 * says. Rows that already match are left untouched, so importing the same
 * file again changes nothing. Works in every round state: it is an
 * administrator's act (e.g. loading an earlier year), not a respondent's write.
 */
export async function importResponses(db: Kysely<Database>, year: number, csv: string, actor: Actor): Promise<ResponseImportResult> {
  const round = await roundOf(db, year);
  const bank = await fileBankOf(db, round.bankVersionId);
  const idsByCode = await organisationIdsByCode(db);
  const rows = parseOrReject(csv, bank, new Set(idsByCode.keys()), round);
  return withLongStatementTimeout(db, async (trx) => {
    // Serialises imports, and waits for respondents' writes that share-lock the round.
    await roundOf(trx, year, 'update');
    const organisationIds = rows.map((r) => idsByCode.get(r.organisationCode)!);
    const current = new Map((await loadResponseRows(trx, round.id, organisationIds)).map((s) => [s.organisationId, s]));
    const changes = planChanges(rows, idsByCode, current);
    const invitedNow = await inviteOrganisations(trx, round.id, organisationIds, actor.id);
    await deleteResponses(trx, changes.remove);
    await writeResponses(trx, round.id, changes.write, actor.id);
    const result = summarise(year, rows, changes.remove.length + changes.write.length);
    await recordAudit(trx, {
      actorUserId: actor.id,
      ip: actor.ip,
      action: 'responses.imported',
      roundId: round.id,
      details: { ...result, newlyInvited: invitedNow, roundState: round.state },
    });
    return result;
  });
}

function parseOrReject(csv: string, bank: FileBank, codes: ReadonlySet<string>, round: FileRound): ResponseFileRow[] {
  try {
    return readResponseCsv(csv, bank, codes, round);
  } catch (error) {
    if (error instanceof ResponseFileError) throw csvRejected(error.errors);
    throw error;
  }
}

async function organisationIdsByCode(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('organisation').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Only rows that differ from what is stored are written. */
function planChanges(rows: ResponseFileRow[], idsByCode: Map<string, number>, current: Map<number, StoredResponse>) {
  const remove: number[] = [];
  const write: ResponseWrite[] = [];
  for (const row of rows) {
    const organisationId = idsByCode.get(row.organisationCode)!;
    const stored = current.get(organisationId);
    if (stored && sameContent(stored, row)) continue;
    if (row.status === 'not_started') {
      if (stored?.responseId != null) remove.push(stored.responseId);
    } else {
      write.push({ organisationId, row });
    }
  }
  return { remove, write };
}

function sameContent(stored: ResponseFileRow, row: ResponseFileRow): boolean {
  return stored.status === row.status && stored.submittedAt === row.submittedAt && canonical(stored.answers) === canonical(row.answers);
}

function canonical(answers: ResponseFileRow['answers']): string {
  return JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((key) => [key, answers[key]!.main, answers[key]!.followup, answers[key]!.comment]),
  );
}

function summarise(year: number, rows: ResponseFileRow[], changed: number): ResponseImportResult {
  const countOf = (status: ResponseFileRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    year,
    rows: rows.length,
    invited: rows.length,
    submitted: countOf('submitted'),
    draft: countOf('draft'),
    notStarted: countOf('not_started'),
    changed,
    unchanged: rows.length - changed,
  };
}
