import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '#web/api/client';
import { useApiErrorText } from '#web/api/errorText';
import { paths, surveyPaths } from '#web/app/paths';
import { usePageTitle } from '#web/components/usePageTitle';
import { describeAnswer } from './answerText';
import { displayedProgress, displayedValues, type DraftState, type DraftStore } from './draftStore';
import { groupByProgress } from './progress';
import { SubmittedSummary } from './SubmittedSummary';
import type { RoundQuestions, SurveyRef, SurveyResponse } from './surveyApi';
import { useSurveyActions } from './useSurveyActions';
import { SurveyNotLoaded, useSurveyLoad } from './SurveyLoad';
import { useSurveyRef } from './useSurveyDraft';
import './survey.css';

/** Review before submitting: unanswered questions, answers to confirm, all answers, submit; once submitted, the receipt and history. */
export default function ReviewPage() {
  const ref = useSurveyRef();
  return <Review key={`${ref.year}-${ref.organisationId}`} surveyRef={ref} />;
}

function Review({ surveyRef }: { surveyRef: SurveyRef }) {
  const { t } = useTranslation('survey');
  const load = useSurveyLoad(surveyRef);
  const { store, state, questions, response } = load;
  const submitted = response?.status === 'submitted';
  usePageTitle(submitted ? t('submitted.title') : t('review.title', { year: surveyRef.year }));

  if (!response || !questions.data) {
    return (
      <SurveyNotLoaded load={load} title={t('review.title', { year: surveyRef.year })} className="page survey-page">
        <p>
          <Link to={surveyPaths.form(surveyRef.year, surveyRef.organisationId)}>{t('review.backToSurvey')}</Link>
        </p>
      </SurveyNotLoaded>
    );
  }
  if (submitted) return <SubmittedSummary surveyRef={surveyRef} response={response} store={store} />;
  return <ReviewContent surveyRef={surveyRef} response={response} questions={questions.data} state={state} store={store} />;
}

type ContentProps = { surveyRef: SurveyRef; response: SurveyResponse; questions: RoundQuestions; state: DraftState; store: DraftStore };
type Area = RoundQuestions['areas'][number];

const SUBMIT_PROBLEM_ID = 'review-submit-problem';

function ReviewContent({ surveyRef, response, questions, state, store }: ContentProps) {
  const { t } = useTranslation('survey');
  const { submit } = useSurveyActions(surveyRef, store);
  const formPath = surveyPaths.form(response.year, response.organisation.id);
  const areaLink = (area: Area) => `${formPath}#area-${area.key}`;
  const areaHeading = (area: Area) => t('form.areaHeading', { position: area.position, title: area.title });
  const { unanswered, to_confirm: toConfirm } = groupByProgress(state, questions.areas);
  const anyAnswer = questions.areas.some((area) => displayedValues(state, area.key).main !== null);
  const canSubmit = anyAnswer && toConfirm.length === 0;

  return (
    <div className="page survey-page">
      <h1>{t('review.title', { year: response.year })}</h1>
      <p>{t('review.intro')}</p>

      <h2>{t('review.unansweredTitle')}</h2>
      {unanswered.length > 0 ? (
        <ul data-testid="unanswered">
          {unanswered.map((area) => (
            <li key={area.key}>
              <Link to={areaLink(area)}>{areaHeading(area)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{toConfirm.length > 0 ? t('review.noneUnanswered') : t('review.allAnswered')}</p>
      )}

      {toConfirm.length > 0 && (
        <section aria-labelledby="review-to-confirm-title" data-testid="to-confirm">
          <h2 id="review-to-confirm-title">{t('review.toConfirmTitle')}</h2>
          <p>{t('review.toConfirmIntro')}</p>
          <ul className="survey-to-confirm">
            {toConfirm.map((area) => {
              const values = displayedValues(state, area.key);
              return (
                <li key={area.key} className="survey-to-confirm__item">
                  <Link to={areaLink(area)}>{areaHeading(area)}</Link>
                  <span>{describeAnswer(values, area, questions.answerLabels) ?? t('answer.unanswered')}</span>
                  {response.canWrite && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => store.edit(area.key, values, { confirmCarriedOver: true })}
                    >
                      {t('form.confirm')}
                      <span className="survey-sr-only"> – {areaHeading(area)}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <h2>{t('review.answersTitle')}</h2>
      <dl className="survey-review">
        {questions.areas.map((area) => {
          const values = displayedValues(state, area.key);
          return (
            <div key={area.key} className="survey-review__item">
              <dt>{areaHeading(area)}</dt>
              <dd>
                {describeAnswer(values, area, questions.answerLabels) ?? t('answer.unanswered')}
                {displayedProgress(state, area.key) === 'to_confirm' && <span className="survey-review__note">{t('review.carriedOverNote')}</span>}
                {values.comment && <span className="survey-review__comment">{values.comment}</span>}
              </dd>
            </div>
          );
        })}
      </dl>

      <SubmitProblems error={submit.error} blocked={store.hasUnsaved()} empty={!anyAnswer} toConfirm={toConfirm.length} areas={questions.areas} />
      <div className="survey-actions">
        {response.canWrite && (
          <button
            type="button"
            className="button"
            disabled={submit.isPending || !canSubmit}
            aria-describedby={SUBMIT_PROBLEM_ID}
            onClick={() => submit.mutate()}
          >
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

type ProblemProps = { error: Error | null; blocked: boolean; empty: boolean; toConfirm: number; areas: readonly Area[] };

/** Why the response cannot be submitted (yet), or why the last attempt failed. */
function SubmitProblems({ error, blocked, empty, toConfirm, areas }: ProblemProps) {
  const { t } = useTranslation('survey');
  const errorText = useApiErrorText(error);
  let message: string | null = null;
  if (error instanceof ApiError && error.code === 'version_conflict') message = blocked ? t('review.unsaved') : t('review.stale');
  else if (error instanceof ApiError && error.code === 'unconfirmed_answers') message = unconfirmedRefusal(error, areas, t);
  else if (error) message = errorText;
  else if (blocked) message = t('review.unsaved');
  else if (empty) message = t('review.empty');
  else if (toConfirm > 0) message = t('review.confirmFirst', { count: toConfirm });
  return (
    <p id={SUBMIT_PROBLEM_ID} role="status" className={error ? 'field__error' : undefined}>
      {message}
    </p>
  );
}

/** The server's refusal in the respondent's words: which areas still hold last year's answer unconfirmed. */
function unconfirmedRefusal(error: ApiError, areas: readonly Area[], t: TFunction<'survey'>): string {
  const keys = error.detailsFor('unconfirmed_answers')?.areas ?? [];
  const titles = keys.map((key) => {
    const area = areas.find((a) => a.key === key);
    return area ? t('form.areaHeading', { position: area.position, title: area.title }) : key;
  });
  return t('review.unconfirmedRefused', { count: titles.length, areas: titles.join(', ') });
}
