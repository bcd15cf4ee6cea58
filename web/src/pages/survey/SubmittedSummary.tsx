import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorText } from '#web/api/errorText';
import { paths, surveyPaths } from '#web/app/paths';
import { FocusedHeading } from '#web/components/FocusedHeading';
import type { DraftStore } from './draftStore';
import { formatDateTime } from './format';
import { LazyResponseHistory } from './LazyResponseHistory';
import type { SurveyRef, SurveyResponse } from './surveyApi';
import { useSurveyActions } from './useSurveyActions';

/** The receipt of a submitted response: who and when, the history, and reopening while the round is open. */
export function SubmittedSummary({ surveyRef, response, store }: { surveyRef: SurveyRef; response: SurveyResponse; store: DraftStore }) {
  const { t, i18n } = useTranslation('survey');
  const { reopen } = useSurveyActions(surveyRef, store);
  const [latest] = response.submissions;
  const nameOf = (person: { name: string } | null) => person?.name || t('conflict.nobody');

  return (
    <div className="page survey-page" data-testid="submitted">
      <FocusedHeading>{t('submitted.title')}</FocusedHeading>
      {latest && (
        <p className="lead">{t('submitted.body', { date: formatDateTime(latest.submittedAt, i18n.language), name: nameOf(latest.submittedBy) })}</p>
      )}
      {response.canWrite && (
        <>
          <p>{t('submitted.reopenHint')}</p>
          <button type="button" className="button" disabled={reopen.isPending} onClick={() => reopen.mutate()}>
            {reopen.isPending ? t('submitted.reopening') : t('submitted.reopen')}
          </button>
          {reopen.error && (
            <p role="alert">
              <ApiErrorText error={reopen.error} />
            </p>
          )}
        </>
      )}
      <LazyResponseHistory surveyRef={surveyRef} version={response.version} omitLatestSubmission />
      <p>
        <Link to={surveyPaths.form(response.year, response.organisation.id)}>{t('rounds.viewAnswers')}</Link>
      </p>
      <p>
        <Link to={paths.survey}>{t('form.backToRounds')}</Link>
      </p>
    </div>
  );
}
