import { normaliseAnswer } from '#shared/api/response-rules';
import type { AreaDraft } from '#shared/api/responses';
import type { QuestionBank } from '#shared/question-bank/types';
import { validateAreaAnswer } from '#shared/scoring/validate';
import type { ValidationIssue } from '#shared/api/error-codes';
import { validationFailedIssues } from '#server/errors';
import type { AnswerValues } from './repository';

/** The shared validator names fields as `areas.<key>.<field>`; the API names them by where they came from. */
function toRequestField(field: string): string {
  const [, , name] = field.split('.');
  return name === undefined ? 'params.areaKey' : `body.${name}`;
}

/**
 * Checks one area's answer against the round's question bank and returns it
 * as it is stored: a follow-up only under "yes" (switching to "no" removes
 * it), an empty comment as none. Throws 400 naming each bad field.
 */
export function normaliseAreaAnswer(bank: QuestionBank, areaKey: string, draft: AreaDraft): AnswerValues {
  const { main, followup, comment } = normaliseAnswer({ main: draft.main, followup: draft.followup, comment: draft.comment });
  const issues: ValidationIssue[] = validateAreaAnswer(bank, areaKey, { main, followup }).map((issue) => ({
    field: toRequestField(issue.field),
    rule: 'answer_invalid',
    message: issue.message,
  }));
  if (comment !== null && comment.length > bank.comment.maxLength) {
    issues.push({
      field: 'body.comment',
      rule: 'too_big',
      origin: 'string',
      maximum: bank.comment.maxLength,
      message: `must be at most ${bank.comment.maxLength} characters.`,
    });
  }
  const [first, ...rest] = issues;
  if (first) throw validationFailedIssues([first, ...rest]);
  return { main, followup, comment };
}
