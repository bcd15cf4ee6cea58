import type { BankArea, BankOption, QuestionBank } from '#shared/question-bank/types';
import { scoringRuleSchema, type Level } from '#shared/scoring/rule';
import type { Db } from '#server/db/sql';

/** The bank version new rounds are created on: the one seeded last. */
export async function findCurrentBankVersionId(db: Db): Promise<number | undefined> {
  const row = await db.selectFrom('question_bank_version').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.id;
}

export async function findBankVersionId(db: Db, version: string): Promise<number | undefined> {
  const row = await db.selectFrom('question_bank_version').select('id').where('version', '=', version).executeTakeFirst();
  return row?.id;
}

/** Marks a version as used by an opened round, so it is never rewritten. Keeps the first date. */
export async function freezeBankVersion(db: Db, bankVersionId: number): Promise<void> {
  await db
    .updateTable('question_bank_version')
    .set({ frozen_at: new Date() })
    .where('id', '=', bankVersionId)
    .where('frozen_at', 'is', null)
    .execute();
}

// A frozen version never changes again (see freezeBankVersion), and every
// autosave and aggregate reads its round's bank: keep frozen ones once read.
// The key holds the freezing time, so a version of another database (tests
// run many) or a re-seeded one is never mistaken for it.
const frozenBanks = new Map<string, QuestionBank>();

/** What identifies a bank version's content: a frozen one is cached under it. */
export type BankVersionStamp = { id: number; version: string; frozenAt: Date | null };

const frozenBankKey = (stamp: BankVersionStamp) => (stamp.frozenAt ? `${stamp.id}|${stamp.version}|${stamp.frozenAt.toISOString()}` : undefined);

/** The frozen bank already read for this stamp, if any: lets a hot path that read the stamp skip a query. */
export function cachedFrozenBank(stamp: BankVersionStamp): QuestionBank | undefined {
  const cacheKey = frozenBankKey(stamp);
  return cacheKey === undefined ? undefined : frozenBanks.get(cacheKey);
}

/** One bank version with its areas and options in order and its scoring rule; undefined if missing. */
export async function loadQuestionBank(db: Db, bankVersionId: number): Promise<QuestionBank | undefined> {
  const version = await db.selectFrom('question_bank_version').selectAll().where('id', '=', bankVersionId).executeTakeFirst();
  if (!version) return undefined;
  const cacheKey = frozenBankKey({ id: version.id, version: version.version, frozenAt: version.frozen_at });
  const cached = cacheKey === undefined ? undefined : frozenBanks.get(cacheKey);
  if (cached) return cached;
  const [areas, rule] = await Promise.all([loadAreas(db, bankVersionId), loadRule(db, bankVersionId)]);
  const bank: QuestionBank = {
    id: version.id,
    version: version.version,
    frozenAt: version.frozen_at,
    source: version.source,
    scope: version.scope,
    definition: version.definition,
    answerLabels: version.answer_labels,
    comment: version.comment_field,
    levels: version.level_texts.map((text) => ({ ...text, level: text.level as Level })),
    areas,
    scoring: rule,
  };
  if (cacheKey !== undefined) frozenBanks.set(cacheKey, bank);
  return bank;
}

async function loadAreas(db: Db, bankVersionId: number): Promise<BankArea[]> {
  const areas = await db.selectFrom('question_area').selectAll().where('bank_version_id', '=', bankVersionId).orderBy('position').execute();
  const options = areas.length
    ? await db
        .selectFrom('followup_option')
        .selectAll()
        .where(
          'area_id',
          'in',
          areas.map((a) => a.id),
        )
        .orderBy('area_id')
        .orderBy('rank')
        .execute()
    : [];
  return areas.map((area) => ({
    key: area.key,
    position: area.position,
    title: area.title,
    description: area.description,
    mainQuestion: area.main_question,
    followup: {
      question: area.followup_question,
      options: options.filter((o) => o.area_id === area.id).map(toOption),
    },
    guidance: ([2, 3, 4] as const).flatMap((toLevel) => {
      const text = area.guidance[String(toLevel)];
      return text ? [{ toLevel, text }] : [];
    }),
  }));
}

function toOption(row: { key: string; rank: number; label: BankOption['label']; description: BankOption['description'] }): BankOption {
  return { key: row.key, rank: row.rank, label: row.label, description: row.description };
}

async function loadRule(db: Db, bankVersionId: number) {
  const row = await db.selectFrom('scoring_rule').select('rule').where('bank_version_id', '=', bankVersionId).executeTakeFirstOrThrow();
  return scoringRuleSchema.parse(row.rule);
}
