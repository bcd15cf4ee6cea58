import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { QueryError, refetchFailed } from '#web/components/QueryError';
import { useQuestions, type SurveyRef } from './surveyApi';
import { useSurveyDraft } from './useSurveyDraft';

/** What the survey's pages (the form, the review) start from: the draft with its response, and the round's questions in the reader's language. */
export function useSurveyLoad(surveyRef: SurveyRef) {
  const { i18n } = useTranslation('survey');
  const { store, state, query } = useSurveyDraft(surveyRef);
  const questions = useQuestions(surveyRef.year, i18n.language);
  const response = state.response ?? query.data;
  return { store, state, query, questions, response };
}

type NotLoadedProps = {
  load: ReturnType<typeof useSurveyLoad>;
  /** The page's heading over a failure. */
  title: string;
  className: string;
  /** Ways on besides back to the rounds, above it. */
  children?: ReactNode;
};

/**
 * A survey page whose response or questions are not there yet: while they
 * load, the loading message; when either failed, the failure with a retry of
 * what failed and the way back to the rounds.
 */
export function SurveyNotLoaded({ load: { query, questions }, title, className, children }: NotLoadedProps) {
  const { t } = useTranslation('survey');
  const error = query.error ?? questions.error;
  if (!error) return <LoadingMessage />;
  return (
    <div className={className}>
      <h1>{title}</h1>
      <QueryError error={error} retrying={query.isFetching || questions.isFetching} onRetry={() => refetchFailed(query, questions)}>
        {children}
        <p>
          <Link to={paths.survey}>{t('form.backToRounds')}</Link>
        </p>
      </QueryError>
    </div>
  );
}
