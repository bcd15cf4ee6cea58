import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorText } from '#web/api/errorText';
import { surveyPaths } from '#web/app/paths';
import type { DraftStore } from './draftStore';
import { roundPhase } from './roundPhase';
import type { SurveyRef, SurveyResponse } from './surveyApi';
import { useSurveyActions } from './useSurveyActions';

type Reason = 'submitted' | 'closed' | 'notOpen' | 'notInvited' | 'viewer';

function readOnlyReason(response: SurveyResponse): Reason | null {
  if (!response.invited) return 'notInvited';
  const phase = roundPhase(response);
  if (phase !== 'open') return phase === 'notYetOpen' ? 'notOpen' : 'closed';
  if (!response.canWrite) return 'viewer';
  if (response.status === 'submitted') return 'submitted';
  return null;
}

/** Why the answers cannot be changed now; for a submitted response in an open round, the way to reopen it. */
export function ReadOnlyNotice({ response, surveyRef, store }: { response: SurveyResponse; surveyRef: SurveyRef; store: DraftStore }) {
  const { t } = useTranslation('survey');
  const { reopen } = useSurveyActions(surveyRef, store);
  const reason = readOnlyReason(response);
  if (!reason) return null;
  return (
    <div className="survey-notice" data-testid="read-only">
      <p>{t(`readOnly.${reason}`)}</p>
      {reason === 'submitted' && (
        <div className="survey-actions">
          <button type="button" className="button" disabled={reopen.isPending} onClick={() => reopen.mutate()}>
            {reopen.isPending ? t('submitted.reopening') : t('submitted.reopen')}
          </button>
          <Link to={surveyPaths.review(response.year, response.organisation.id)}>{t('submitted.summaryLink')}</Link>
        </div>
      )}
      {reopen.error && (
        <p role="alert">
          <ApiErrorText error={reopen.error} />
        </p>
      )}
    </div>
  );
}
