import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isAreaAnswered } from '../../../../shared/api/response-rules';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errorMessages';
import { paths, surveyPaths } from '../../app/paths';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { describeAnswer } from './answerText';
import { displayedValues, type DraftState, type DraftStore } from './draftStore';
import { SubmittedSummary } from './SubmittedSummary';
import { useQuestions, type RoundQuestions, type SurveyRef, type SurveyResponse } from './surveyApi';
import { useSurveyActions } from './useSurveyActions';
import { useSurveyDraft, useSurveyRef } from './useSurveyDraft';
import './survey.css';

/** Review before submitting: unanswered questions, all answers, submit; once submitted, the receipt and history. */
export default function ReviewPage() {
  const ref = useSurveyRef();
  return <Review key={`${ref.year}-${ref.organisationId}`} surveyRef={ref} />;
}

function Review({ surveyRef }: { surveyRef: SurveyRef }) {
  const { t, i18n } = useTranslation('survey');
  const { t: tCommon } = useTranslation();
  const { store, state, query } = useSurveyDraft(surveyRef);
  const questions = useQuestions(surveyRef.year, i18n.language);
  const response = state.response ?? query.data;
  const submitted = response?.status === 'submitted';
  usePageTitle(submitted ? t('submitted.title') : t('review.title', { year: surveyRef.year }));

  const error = query.error ?? questions.error;
  if (error) return <p role="alert">{describeApiError(error, tCommon)}</p>;
  if (!response || !questions.data) return <LoadingMessage />;
  if (submitted) return <SubmittedSummary surveyRef={surveyRef} response={response} store={store} />;
  return <ReviewContent surveyRef={surveyRef} response={response} questions={questions.data} state={state} store={store} />;
}

type ContentProps = { surveyRef: SurveyRef; response: SurveyResponse; questions: RoundQuestions; state: DraftState; store: DraftStore };

function ReviewContent({ surveyRef, response, questions, state, store }: ContentProps) {
  const { t } = useTranslation('survey');
  const { submit } = useSurveyActions(surveyRef, store);
  const formPath = surveyPaths.form(response.year, response.organisation.id);
  const unanswered = questions.areas.filter((area) => !isAreaAnswered(displayedValues(state, area.key)));
  const anyAnswer = questions.areas.some((area) => displayedValues(state, area.key).main !== null);

  return (
    <div className="page survey-page">
      <h1>{t('review.title', { year: response.year })}</h1>
      <p>{t('review.intro')}</p>

      <h2>{t('review.unansweredTitle')}</h2>
      {unanswered.length === 0 ? (
        <p>{t('review.allAnswered')}</p>
      ) : (
        <ul data-testid="unanswered">
          {unanswered.map((area) => (
            <li key={area.key}>
              <Link to={`${formPath}#area-${area.key}`}>{t('form.areaHeading', { position: area.position, title: area.title })}</Link>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('review.answersTitle')}</h2>
      <dl className="survey-review">
        {questions.areas.map((area) => {
          const values = displayedValues(state, area.key);
          return (
            <div key={area.key} className="survey-review__item">
              <dt>{t('form.areaHeading', { position: area.position, title: area.title })}</dt>
              <dd>
                {describeAnswer(values, area, questions.answerLabels) ?? t('answer.unanswered')}
                {values.comment && <span className="survey-review__comment">{values.comment}</span>}
              </dd>
            </div>
          );
        })}
      </dl>

      <SubmitProblems error={submit.error} blocked={store.hasUnsaved()} empty={!anyAnswer} />
      <div className="survey-actions">
        {response.canWrite && (
          <button type="button" className="button" disabled={submit.isPending || !anyAnswer} onClick={() => submit.mutate()}>
            {submit.isPending ? t('review.submitting') : t('review.submit')}
          </button>
        )}
        <Link to={formPath}>{t('review.backToSurvey')}</Link>
      </div>
      <p>
        <Link to={paths.survey}>{t('form.backToRounds')}</Link>
      </p>
    </div>
  );
}

function SubmitProblems({ error, blocked, empty }: { error: Error | null; blocked: boolean; empty: boolean }) {
  const { t } = useTranslation('survey');
  const { t: tCommon } = useTranslation();
  let message: string | null = null;
  if (error instanceof ApiError && error.code === 'version_conflict') message = blocked ? t('review.unsaved') : t('review.stale');
  else if (error) message = describeApiError(error, tCommon);
  else if (blocked) message = t('review.unsaved');
  else if (empty) message = t('review.empty');
  return (
    <p role="status" className={error ? 'field__error' : undefined}>
      {message}
    </p>
  );
}
