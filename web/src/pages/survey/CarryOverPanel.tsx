import { useTranslation } from 'react-i18next';
import { QueryError } from '#web/components/QueryError';
import type { DraftStore } from './draftStore';
import type { SurveyRef } from './surveyApi';
import { useSurveyActions } from './useSurveyActions';

/** "Börja från förra årets svar": fills the unanswered areas with last year's answers, marked for confirmation. */
export function CarryOverPanel({ surveyRef, fromYear, store }: { surveyRef: SurveyRef; fromYear: number; store: DraftStore }) {
  const { t } = useTranslation('survey');
  const { carryOver } = useSurveyActions(surveyRef, store);
  const copied = carryOver.data?.copiedAreas.length;

  return (
    <section className="survey-carry-over" aria-labelledby="carry-over-title">
      <h2 id="carry-over-title">{t('carryOver.title')}</h2>
      <p>{t('carryOver.body', { year: fromYear })}</p>
      <button type="button" className="button button--secondary" disabled={carryOver.isPending} onClick={() => carryOver.mutate()}>
        {carryOver.isPending ? t('carryOver.working') : t('carryOver.button')}
      </button>
      <p role="status">
        {copied !== undefined && (copied > 0 ? t('carryOver.done', { count: copied, year: fromYear }) : t('carryOver.nothing', { year: fromYear }))}
      </p>
      {carryOver.error && <QueryError error={carryOver.error} retrying={carryOver.isPending} onRetry={() => carryOver.mutate()} />}
    </section>
  );
}
