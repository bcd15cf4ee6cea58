import { useTranslation } from 'react-i18next';
import { describeAnswer } from './answerText';
import { valuesOf, type AreaValues, type Conflict } from './draftStore';
import type { RoundQuestions } from './surveyApi';

type Props = {
  areaKey: string;
  conflict: Conflict;
  mine: AreaValues;
  area: RoundQuestions['areas'][number];
  labels: RoundQuestions['answerLabels'];
  onResolve: (choice: 'mine' | 'theirs') => void;
};

/** Someone else saved this area meanwhile: show both answers and let the person choose. */
export function ConflictNotice({ areaKey, conflict, mine, area, labels, onResolve }: Props) {
  const { t } = useTranslation('survey');
  const theirs = valuesOf(conflict.theirs);
  const titleId = `${areaKey}-conflict-title`;
  return (
    <div className="survey-conflict" role="group" aria-labelledby={titleId} data-testid={`conflict-${areaKey}`}>
      <h3 id={titleId} className="survey-conflict__title">
        {t('conflict.title')}
      </h3>
      <dl className="survey-conflict__answers">
        <dt>{t('conflict.theirs', { name: conflict.theirs?.updatedBy?.name ?? t('conflict.nobody') })}</dt>
        <dd>
          {describeAnswer(theirs, area, labels) ?? t('conflict.none')}
          {theirs.comment && <span className="survey-conflict__comment">{theirs.comment}</span>}
        </dd>
        <dt>{t('conflict.mine')}</dt>
        <dd>
          {describeAnswer(mine, area, labels) ?? t('conflict.none')}
          {mine.comment && <span className="survey-conflict__comment">{mine.comment}</span>}
        </dd>
      </dl>
      <div className="survey-actions">
        <button type="button" className="button" onClick={() => onResolve('mine')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onResolve('theirs')}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
