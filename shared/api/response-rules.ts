// The survey's answer rules that both the server and the survey page apply.
// No zod here: the survey page imports this, and zod would cost its chunk
// about 25 kB gzip (docs/decisions/0003-no-zod-in-the-entry-chunk.md).

export type MainAnswerValue = 'yes' | 'no' | null;
export type AnswerFields = { main: MainAnswerValue; followup: string | null; comment: string | null };

/** An area counts as answered when it can be scored: "no", or "yes" with a follow-up. */
export function isAreaAnswered(answer: Pick<AnswerFields, 'main' | 'followup'> | undefined): boolean {
  if (!answer) return false;
  return answer.main === 'no' || (answer.main === 'yes' && answer.followup !== null);
}

/**
 * Where an area stands for progress and submitting. An answer carried over
 * from last year is the respondent's only once they confirm or change it:
 * until then it is `to_confirm` — not counted as answered, and the response
 * cannot be submitted.
 */
export type AreaProgress = 'answered' | 'to_confirm' | 'unanswered';

export function areaProgress(answer: (Pick<AnswerFields, 'main' | 'followup'> & { carriedOver: boolean }) | undefined): AreaProgress {
  if (answer?.carriedOver) return 'to_confirm';
  return isAreaAnswered(answer) ? 'answered' : 'unanswered';
}

/** The areas that keep a response from being submitted: carried over and not yet confirmed or changed. */
export function unconfirmedAreas<T extends Pick<AnswerFields, 'main' | 'followup'> & { areaKey: string; carriedOver: boolean }>(
  answers: readonly T[],
): string[] {
  return answers.filter((answer) => areaProgress(answer) === 'to_confirm').map((answer) => answer.areaKey);
}

/** The follow-up is asked only under "yes": any other main answer removes it. An empty comment is none. */
export function normaliseAnswer<T extends AnswerFields>(answer: T): T {
  return {
    ...answer,
    followup: answer.main === 'yes' ? answer.followup : null,
    comment: answer.comment === '' ? null : answer.comment,
  };
}
