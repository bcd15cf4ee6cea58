import type { RoundQuestions } from './surveyApi';
import type { AreaValues } from './draftStore';

type Area = RoundQuestions['areas'][number];

/** An answer in words, e.g. "Ja – Delvis infört"; null when unanswered. */
export function describeAnswer(values: AreaValues, area: Area, labels: RoundQuestions['answerLabels']): string | null {
  if (values.main === null) return null;
  if (values.main === 'no') return labels.no;
  const option = area.followup.options.find((o) => o.key === values.followup);
  return option ? `${labels.yes} – ${option.label}` : labels.yes;
}

/**
 * Whether a question uses the defined term, so its definition is shown with
 * it. "Established way of working (etablerat arbetssätt)" matches on the
 * words before the parenthesis.
 */
export function mentionsTerm(text: string, term: string): boolean {
  const words = term
    .replace(/\(.*\)/, '')
    .trim()
    .toLowerCase();
  return words.length > 0 && text.toLowerCase().includes(words);
}
