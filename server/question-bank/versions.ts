import type { Kysely } from 'kysely';
import type { BankVersionSummary } from '#shared/api/round-admin';
import type { QuestionBankFile } from '#shared/question-bank/schema';
import type { BankArea, QuestionBank } from '#shared/question-bank/types';
import { recordAudit } from '#server/audit/repository';
import type { Database } from '#server/db/schema';
import { conflict, notFound, validationFailed } from '#server/errors';
import { loadQuestionBank } from './repository';
import { writeQuestionBank } from './seed';
import type { Actor } from '#server/audit/actor';

export async function listBankVersions(db: Kysely<Database>): Promise<BankVersionSummary[]> {
  const [versions, rounds] = await Promise.all([
    db.selectFrom('question_bank_version').select(['id', 'version', 'created_at', 'frozen_at']).orderBy('id', 'desc').execute(),
    db.selectFrom('round').select(['year', 'bank_version_id']).orderBy('year').execute(),
  ]);
  return versions.map((v) => ({
    version: v.version,
    createdAt: v.created_at.toISOString(),
    frozenAt: v.frozen_at?.toISOString() ?? null,
    rounds: rounds.filter((r) => r.bank_version_id === v.id).map((r) => r.year),
  }));
}

async function findVersion(db: Kysely<Database>, version: string) {
  return db.selectFrom('question_bank_version').select(['id', 'frozen_at']).where('version', '=', version).executeTakeFirst();
}

export async function loadBankDocument(db: Kysely<Database>, version: string): Promise<QuestionBankFile> {
  const row = await findVersion(db, version);
  const bank = row && (await loadQuestionBank(db, row.id));
  if (!bank) throw notFound('bank_version', `There is no question-bank version ${version}.`);
  return toBankDocument(bank);
}

/**
 * The stored bank in the file format the seed reads. The database keeps the
 * options per area, so areas with the same options share one scale again,
 * named after the first area that uses it.
 */
export function toBankDocument(bank: QuestionBank): QuestionBankFile {
  const scales = new Map<string, { name: string; options: QuestionBankFile['followupScales'][string]['options'] }>();
  const scaleOf = (area: BankArea) => {
    const options = area.followup.options.map((o) => ({ key: o.key, label: o.label, ...(o.description && { description: o.description }) }));
    const signature = JSON.stringify(options);
    if (!scales.has(signature)) scales.set(signature, { name: area.key, options });
    return scales.get(signature)!.name;
  };
  const areas = bank.areas.map((area) => ({
    key: area.key,
    title: area.title,
    description: area.description,
    mainQuestion: area.mainQuestion,
    followup: { question: area.followup.question, scale: scaleOf(area) },
    guidance: Object.fromEntries(area.guidance.map((step) => [step.toLevel, step.text])) as QuestionBankFile['areas'][number]['guidance'],
  }));
  return {
    version: bank.version,
    source: bank.source,
    scope: bank.scope,
    definition: bank.definition,
    answerLabels: bank.answerLabels,
    comment: bank.comment,
    levels: bank.levels,
    followupScales: Object.fromEntries([...scales.values()].map((scale) => [scale.name, { options: scale.options }])),
    areas,
    scoring: bank.scoring,
  };
}

/** A new, editable version with the same content as an existing one. */
export async function copyBankVersion(db: Kysely<Database>, from: string, version: string, actor: Actor): Promise<void> {
  const source = await loadBankDocument(db, from);
  await db.transaction().execute(async (trx) => {
    if (await findVersion(trx, version)) throw conflict('bank_version_exists', `The question-bank version ${version} already exists.`, { version });
    await writeQuestionBank(trx, { ...source, version }).catch(rethrowDuplicate(version));
    await recordAudit(trx, { actorUserId: actor.id, ip: actor.ip, action: 'question_bank.copied', details: { from, version } });
  });
}

function rethrowDuplicate(version: string) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505')
      throw conflict('bank_version_exists', `The question-bank version ${version} already exists.`, { version });
    throw error;
  };
}

/** Replaces the texts, options and rule of a version that no opened round uses yet. */
export async function editBankVersion(db: Kysely<Database>, version: string, document: QuestionBankFile, actor: Actor): Promise<void> {
  if (document.version !== version) throw validationFailed('body.version', 'version_mismatch', `must be ${version}, the version being edited`);
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('question_bank_version')
      .select(['id', 'frozen_at'])
      .where('version', '=', version)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) throw notFound('bank_version', `There is no question-bank version ${version}.`);
    if (existing.frozen_at) {
      throw conflict(
        'bank_version_frozen',
        `The question-bank version ${version} is frozen: a round has opened on it. Copy it to a new version to make changes.`,
        { version },
      );
    }
    await writeQuestionBank(trx, document);
    await recordAudit(trx, { actorUserId: actor.id, ip: actor.ip, action: 'question_bank.edited', details: { version } });
  });
}
