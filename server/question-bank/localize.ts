import type { RoundQuestions } from '#shared/api/question-bank';
import type { Language, LocalizedText } from '#shared/question-bank/schema';
import type { QuestionBank } from '#shared/question-bank/types';

/** The API shape of a round's question bank, with every text in one language. */
export function toRoundQuestions(year: number, bank: QuestionBank, lang: Language): RoundQuestions {
  const t = (text: LocalizedText) => text[lang];
  return {
    year,
    bankVersion: bank.version,
    lang,
    scope: t(bank.scope),
    source: t(bank.source),
    definition: { term: t(bank.definition.term), text: t(bank.definition.text) },
    answerLabels: { yes: t(bank.answerLabels.yes), no: t(bank.answerLabels.no) },
    comment: { label: t(bank.comment.label), maxLength: bank.comment.maxLength },
    levels: bank.levels.map((level) => ({ level: level.level, title: t(level.title), description: t(level.description) })),
    targetLevel: bank.scoring.targetLevel,
    areas: bank.areas.map((area) => ({
      key: area.key,
      position: area.position,
      title: t(area.title),
      description: t(area.description),
      mainQuestion: t(area.mainQuestion),
      followup: {
        question: t(area.followup.question),
        options: area.followup.options.map((option) => ({
          key: option.key,
          rank: option.rank,
          label: t(option.label),
          description: option.description ? t(option.description) : null,
        })),
      },
      guidance: area.guidance.map((step) => ({ toLevel: step.toLevel, text: t(step.text) })),
    })),
  };
}
