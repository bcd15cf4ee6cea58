import { useTranslation } from 'react-i18next';
import { scoreArea } from '#shared/scoring/score';
import type { ScoringRule } from '#shared/scoring/rule';
import type { AreaValues } from './draftStore';
import type { RoundQuestions } from './surveyApi';

type Props = {
  areaKey: string;
  values: AreaValues;
  rule: ScoringRule;
  levels: RoundQuestions['levels'];
  guidance: RoundQuestions['areas'][number]['guidance'];
};

/** The area's maturity level by the round's rule, computed here as the person answers, and what the next level takes. */
export function LevelPreview({ areaKey, values, rule, levels, guidance }: Props) {
  const { t } = useTranslation('survey');
  if (values.main === null) return null;
  const level = scoreArea(rule, areaKey, { main: values.main, followup: values.followup });
  if (level === null) return <p className="survey-preview">{t('preview.unscored')}</p>;
  const title = levels.find((l) => l.level === level)?.title ?? String(level);
  const next = guidance.find((step) => step.toLevel === level + 1);
  return (
    <div className="survey-preview" data-testid={`preview-${areaKey}`}>
      <p className="survey-preview__level">
        <span className={`survey-level survey-level--${level}`} aria-hidden="true">
          {level}
        </span>
        {t('preview.level', { title })}
      </p>
      <p>{next ? t('preview.next', { level: next.toLevel, text: next.text }) : t('preview.top')}</p>
    </div>
  );
}
