import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely, Transaction } from 'kysely';
import { questionBankFileSchema, type QuestionBankFile } from '#shared/question-bank/schema';
import type { Database } from '#server/db/schema';

export const BANK_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/question-bank/bank-2019.json');

export type SeedOutcome = { version: string; outcome: 'written' | 'frozen' };

/** Reads and validates a bank file; the error names the first bad field. */
export async function readQuestionBankFile(file = BANK_FILE): Promise<QuestionBankFile> {
  const parsed = questionBankFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`Invalid question bank ${path.basename(file)}: ${issue.path.join('.')} ${issue.message}`);
}

/**
 * Writes the bank file's version into the database; safe on every start. A
 * version that a round has opened on is frozen and left exactly as it is:
 * changes to it belong in a new version key.
 */
export async function seedQuestionBank(db: Kysely<Database>, file = BANK_FILE): Promise<SeedOutcome> {
  const bank = await readQuestionBankFile(file);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('question_bank_version')
      .select(['id', 'frozen_at'])
      .where('version', '=', bank.version)
      .forUpdate()
      .executeTakeFirst();
    if (existing?.frozen_at) return { version: bank.version, outcome: 'frozen' };
    await writeQuestionBank(trx, bank);
    return { version: bank.version, outcome: 'written' };
  });
}

/** Writes (or rewrites) one unfrozen bank version in the caller's transaction; the caller checks frozen_at. */
export async function writeQuestionBank(trx: Transaction<Database>, bank: QuestionBankFile): Promise<number> {
  const versionId = await upsertVersion(trx, bank);
  await upsertAreas(trx, versionId, bank);
  await upsertRule(trx, versionId, bank);
  return versionId;
}

const json = (value: unknown) => JSON.stringify(value);

async function upsertVersion(trx: Transaction<Database>, bank: QuestionBankFile): Promise<number> {
  const texts = {
    source: json(bank.source),
    scope: json(bank.scope),
    definition: json(bank.definition),
    answer_labels: json(bank.answerLabels),
    comment_field: json(bank.comment),
    level_texts: json(bank.levels),
  };
  const row = await trx
    .insertInto('question_bank_version')
    .values({ version: bank.version, ...texts })
    .onConflict((oc) => oc.column('version').doUpdateSet(texts))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function upsertAreas(trx: Transaction<Database>, versionId: number, bank: QuestionBankFile): Promise<void> {
  const keys = bank.areas.map((area) => area.key);
  await trx.deleteFrom('question_area').where('bank_version_id', '=', versionId).where('key', 'not in', keys).execute();
  for (const [index, area] of bank.areas.entries()) {
    const values = {
      position: index + 1,
      title: json(area.title),
      description: json(area.description),
      main_question: json(area.mainQuestion),
      followup_question: json(area.followup.question),
      guidance: json(area.guidance),
    };
    const { id } = await trx
      .insertInto('question_area')
      .values({ bank_version_id: versionId, key: area.key, ...values })
      .onConflict((oc) => oc.columns(['bank_version_id', 'key']).doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow();
    await upsertOptions(trx, id, bank.followupScales[area.followup.scale]!.options);
  }
}

type FileOption = QuestionBankFile['followupScales'][string]['options'][number];

async function upsertOptions(trx: Transaction<Database>, areaId: number, options: FileOption[]): Promise<void> {
  await trx
    .deleteFrom('followup_option')
    .where('area_id', '=', areaId)
    .where(
      'key',
      'not in',
      options.map((o) => o.key),
    )
    .execute();
  for (const [index, option] of options.entries()) {
    const values = { rank: index + 1, label: json(option.label), description: option.description ? json(option.description) : null };
    await trx
      .insertInto('followup_option')
      .values({ area_id: areaId, key: option.key, ...values })
      .onConflict((oc) => oc.columns(['area_id', 'key']).doUpdateSet(values))
      .execute();
  }
}

async function upsertRule(trx: Transaction<Database>, versionId: number, bank: QuestionBankFile): Promise<void> {
  await trx
    .insertInto('scoring_rule')
    .values({ bank_version_id: versionId, rule: json(bank.scoring) })
    .onConflict((oc) => oc.column('bank_version_id').doUpdateSet({ rule: json(bank.scoring) }))
    .execute();
}
