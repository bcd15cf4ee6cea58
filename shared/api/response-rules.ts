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

/** The follow-up is asked only under "yes": any other main answer removes it. An empty comment is none. */
export function normaliseAnswer<T extends AnswerFields>(answer: T): T {
  return {
    ...answer,
    followup: answer.main === 'yes' ? answer.followup : null,
    comment: answer.comment === '' ? null : answer.comment,
  };
}
