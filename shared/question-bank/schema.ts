import { z } from 'zod';
import { levelSchema, scoringRuleSchema } from '../scoring/rule';

export const LANGUAGES = ['sv', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Every text exists in Swedish (the survey's language) and in English. */
export const localizedTextSchema = z.object({ sv: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Keys are stable across versions: year-over-year comparisons join on them. */
const keySchema = z.string().regex(/^[a-z0-9_]+$/, 'must be lower-case letters, digits and _');

const optionSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  description: localizedTextSchema.optional(),
});

const scaleSchema = z.object({ options: z.array(optionSchema).min(2) });

const areaSchema = z.object({
  key: keySchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  mainQuestion: localizedTextSchema,
  followup: z.object({ question: localizedTextSchema, scale: keySchema }),
  /** What it takes to reach each level from the one below. */
  guidance: z.object({ 2: localizedTextSchema, 3: localizedTextSchema, 4: localizedTextSchema }),
});

const levelTextSchema = z.object({ level: levelSchema, title: localizedTextSchema, description: localizedTextSchema });

export const questionBankFileSchema = z
  .object({
    version: z.string().regex(/^\d{4}\.\d+$/, 'must look like 2019.1'),
    source: localizedTextSchema,
    scope: localizedTextSchema,
    definition: z.object({ term: localizedTextSchema, text: localizedTextSchema }),
    answerLabels: z.object({ yes: localizedTextSchema, no: localizedTextSchema }),
    comment: z.object({ label: localizedTextSchema, maxLength: z.number().int().min(1).max(100_000) }),
    levels: z.array(levelTextSchema).length(4),
    followupScales: z.record(keySchema, scaleSchema),
    areas: z.array(areaSchema).min(1),
    scoring: scoringRuleSchema,
  })
  .superRefine((bank, ctx) => {
    for (const problem of findInconsistencies(bank)) ctx.addIssue({ code: 'custom', ...problem });
  });

export type QuestionBankFile = z.infer<typeof questionBankFileSchema>;
type Problem = { path: (string | number)[]; message: string };

/** Cross-references zod cannot express field by field: keys, scales and the rule must agree. */
function findInconsistencies(bank: z.infer<typeof questionBankFileSchema>): Problem[] {
  const problems: Problem[] = [];
  bank.levels.forEach((level, index) => {
    if (level.level !== index + 1) problems.push({ path: ['levels', index, 'level'], message: 'levels must be 1, 2, 3, 4 in order' });
  });
  for (const [name, scale] of Object.entries(bank.followupScales)) {
    for (const key of duplicates(scale.options.map((o) => o.key))) {
      problems.push({ path: ['followupScales', name], message: `option key "${key}" appears twice` });
    }
  }
  for (const key of duplicates(bank.areas.map((a) => a.key))) problems.push({ path: ['areas'], message: `area key "${key}" appears twice` });
  bank.areas.forEach((area, index) => problems.push(...checkArea(bank, area, index)));
  for (const key of Object.keys(bank.scoring.areas)) {
    if (!bank.areas.some((a) => a.key === key)) problems.push({ path: ['scoring', 'areas', key], message: 'is not an area of the bank' });
  }
  return problems;
}

function checkArea(bank: QuestionBankFile, area: QuestionBankFile['areas'][number], index: number): Problem[] {
  const scale = bank.followupScales[area.followup.scale];
  if (!scale) return [{ path: ['areas', index, 'followup', 'scale'], message: `unknown scale "${area.followup.scale}"` }];
  const rule = bank.scoring.areas[area.key];
  const rulePath = ['scoring', 'areas', area.key];
  if (!rule) return [{ path: rulePath, message: 'every area needs a scoring rule' }];
  const optionKeys = scale.options.map((o) => o.key);
  const ruleKeys = Object.keys(rule.followup);
  if (ruleKeys.length !== optionKeys.length || !optionKeys.every((key) => ruleKeys.includes(key))) {
    return [{ path: [...rulePath, 'followup'], message: `must give a level to exactly the options ${optionKeys.join(', ')}` }];
  }
  // A higher degree of implementation must never give a lower level, and "yes" never less than "no".
  const levelsInRank = [rule.no, ...optionKeys.map((key) => rule.followup[key]!)];
  const ordered = levelsInRank.every((level, i) => i === 0 || level >= levelsInRank[i - 1]!);
  return ordered ? [] : [{ path: rulePath, message: 'levels must not decrease from "no" through the options in rank order' }];
}

function duplicates(keys: string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}
