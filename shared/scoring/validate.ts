import { mainAnswerSchema } from './answers';

/** The part of a question bank that validation needs: area keys and their follow-up option keys. */
export type BankStructure = {
  areas: ReadonlyArray<{ key: string; followup: { options: ReadonlyArray<{ key: string }> } }>;
};

/** A problem with one field, named as the survey API names it, e.g. `areas.risk.followup`. */
export type FieldError = { field: string; message: string };

/** An answer as it arrives, before we know it is well-formed. */
export type UncheckedAreaAnswer = { main?: unknown; followup?: unknown };

/** Checks one area's answer against the bank; an empty list means valid. */
export function validateAreaAnswer(bank: BankStructure, areaKey: string, answer: UncheckedAreaAnswer): FieldError[] {
  const field = `areas.${areaKey}`;
  const area = bank.areas.find((a) => a.key === areaKey);
  if (!area) return [{ field, message: `"${areaKey}" is not an area of this question bank.` }];

  const errors: FieldError[] = [];
  const main = answer.main ?? null;
  const followup = answer.followup ?? null;
  if (main !== null && !mainAnswerSchema.safeParse(main).success) {
    errors.push({ field: `${field}.main`, message: 'must be "yes", "no" or null (unanswered).' });
  }
  if (followup === null) return errors;
  if (main !== 'yes') {
    errors.push({ field: `${field}.followup`, message: 'must be null unless the main answer is "yes".' });
    return errors;
  }
  const optionKeys = area.followup.options.map((o) => o.key);
  if (typeof followup !== 'string' || !optionKeys.includes(followup)) {
    errors.push({ field: `${field}.followup`, message: `must be one of ${optionKeys.join(', ')}.` });
  }
  return errors;
}
