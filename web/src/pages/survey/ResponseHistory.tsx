import { useTranslation } from 'react-i18next';
import type { ResponseEvent } from '#shared/api/responses';
import { QueryError } from '#web/components/QueryError';
import { formatDateTime } from './format';
import { useResponseHistory, type SurveyRef } from './surveyApi';

export type ResponseHistoryProps = {
  surveyRef: SurveyRef;
  version: number;
  /** The page already says who submitted last and when (the receipt): list only what came before. */
  omitLatestSubmission?: boolean;
};

/** Who submitted and reopened the response, and when: newest first. Nothing while there is none. */
export default function ResponseHistory({ surveyRef, version, omitLatestSubmission = false }: ResponseHistoryProps) {
  const { t } = useTranslation('survey');
  const history = useResponseHistory(surveyRef, version);
  if (history.error && !history.data) {
    return (
      <section className="survey-history" aria-labelledby="survey-history-title">
        <h2 id="survey-history-title">{t('history.title')}</h2>
        <QueryError error={history.error} retrying={history.isFetching} onRetry={() => void history.refetch()} />
      </section>
    );
  }
  const all = history.data?.events ?? [];
  const events = omitLatestSubmission && all[0]?.kind === 'submitted' ? all.slice(1) : all;
  if (events.length === 0) return null;
  return (
    <section className="survey-history" aria-labelledby="survey-history-title" data-testid="history">
      <h2 id="survey-history-title">{t('history.title')}</h2>
      <ul className="survey-history__list">
        {events.map((event) => (
          <li key={`${event.kind}-${event.at}`}>
            <HistoryItem event={event} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HistoryItem({ event }: { event: ResponseEvent }) {
  const { t, i18n } = useTranslation('survey');
  const date = formatDateTime(event.at, i18n.language);
  const name = event.by?.name || t('history.unknownPerson');
  if (event.kind === 'submitted') return <>{event.by ? t('history.submitted', { date, name }) : t('history.submittedUnnamed', { date })}</>;
  return <>{event.byAdministrator ? t('history.reopenedByAdministrator', { date, name }) : t('history.reopened', { date, name })}</>;
}
