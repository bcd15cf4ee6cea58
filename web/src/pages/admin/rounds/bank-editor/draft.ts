import type { LocalizedText, QuestionBankFile } from '#shared/question-bank/schema';
import type { Level } from '#shared/scoring/rule';

/** A place in the bank document, as zod and the server's 400 name it: ['areas', 1, 'mainQuestion', 'sv']. */
export type Path = readonly (string | number)[];

export type OptionDraft = {
  key: string;
  label: LocalizedText;
  /** Optional in the bank: both languages empty means none. */
  description: LocalizedText;
  /** Added in this editor and not yet saved: only its key may still change, and it may be removed. */
  isNew: boolean;
};

/** An area's rule with the option levels by position in its scale, so a new option's key can change without losing its level. */
export type AreaRuleDraft = { no: Level; levels: Level[] };

/**
 * The bank document as the form edits it: the same shape and paths as
 * QuestionBankFile (so schema issues land on fields), except the comment
 * length as typed, option descriptions always present, and the rule by
 * option position.
 */
export type BankDraft = Omit<QuestionBankFile, 'comment' | 'followupScales' | 'scoring'> & {
  comment: { label: LocalizedText; maxLength: string };
  followupScales: Record<string, { options: OptionDraft[] }>;
  scoring: { targetLevel: Level; areas: Record<string, AreaRuleDraft> };
};

const EMPTY_TEXT: LocalizedText = { sv: '', en: '' };

export function toDraft(document: QuestionBankFile): BankDraft {
  const followupScales = Object.fromEntries(
    Object.entries(document.followupScales).map(([name, scale]) => [
      name,
      { options: scale.options.map((o) => ({ key: o.key, label: o.label, description: o.description ?? EMPTY_TEXT, isNew: false })) },
    ]),
  );
  const areas = Object.fromEntries(
    document.areas.map((area) => {
      const rule = document.scoring.areas[area.key] ?? { no: 1 as Level, followup: {} };
      const options = document.followupScales[area.followup.scale]?.options ?? [];
      return [area.key, { no: rule.no, levels: options.map((o) => rule.followup[o.key] ?? rule.no) }];
    }),
  );
  return {
    ...document,
    comment: { label: document.comment.label, maxLength: String(document.comment.maxLength) },
    followupScales,
    scoring: { targetLevel: document.scoring.targetLevel, areas },
  };
}

export function toDocument(draft: BankDraft): QuestionBankFile {
  const followupScales = Object.fromEntries(
    Object.entries(draft.followupScales).map(([name, scale]) => [
      name,
      {
        options: scale.options.map((o) => ({
          key: o.key,
          label: o.label,
          ...(isBlank(o.description.sv) && isBlank(o.description.en) ? {} : { description: o.description }),
        })),
      },
    ]),
  );
  const areas = Object.fromEntries(
    draft.areas.map((area) => {
      const rule = draft.scoring.areas[area.key] ?? { no: 1 as Level, levels: [] };
      const options = draft.followupScales[area.followup.scale]?.options ?? [];
      return [area.key, { no: rule.no, followup: Object.fromEntries(options.map((o, i) => [o.key, rule.levels[i] ?? rule.no])) }];
    }),
  );
  const maxLength = draft.comment.maxLength.trim();
  return {
    ...draft,
    comment: { label: draft.comment.label, maxLength: /^\d+$/.test(maxLength) ? Number(maxLength) : Number.NaN },
    followupScales,
    scoring: { targetLevel: draft.scoring.targetLevel, areas },
  };
}

export const isBlank = (text: string) => text.trim() === '';

/** The keys of the areas whose follow-up uses the scale. */
export const areasOnScale = (draft: BankDraft, scale: string) => draft.areas.filter((area) => area.followup.scale === scale).map((area) => area.key);

/** An option added in the editor: empty, and new until saved (only its key may still change, and it may be removed). */
export const newOption = (): OptionDraft => ({ key: '', label: EMPTY_TEXT, description: EMPTY_TEXT, isNew: true });

/** An area's rule after an option was added to its scale: the new option gets, for a start, the level of the option before it. */
export const withOptionAdded = (rule: AreaRuleDraft): Level[] => [...rule.levels, rule.levels.at(-1) ?? rule.no];
