import { useTranslation } from 'react-i18next';
import type { DraftState, DraftStore } from './draftStore';
import { formatTime } from './format';

/**
 * The autosave state, announced politely to screen readers ("Sparat"). The
 * live region is always rendered, so changes to its text are announced.
 */
export function SaveStatus({ state, store }: { state: DraftState; store: DraftStore }) {
  const { t } = useTranslation('survey');
  const conflicts = Object.keys(state.conflicts).length;
  const message = statusMessage();

  function statusMessage(): string {
    switch (state.status) {
      case 'pending':
        return t('save.pending');
      case 'saving':
        return t('save.saving');
      case 'saved':
        return state.lastSavedAt ? t('save.savedAt', { time: formatTime(state.lastSavedAt) }) : t('save.saved');
      case 'retrying':
        return t('save.retrying');
      case 'stopped':
        return t('save.stopped', { reason: t(`stopReasons.${stopReasonKey(state.stopReason)}`) });
      default:
        return t('save.idle');
    }
  }

  const problem = state.status === 'retrying' || state.status === 'stopped';
  return (
    <div className={problem ? 'survey-save survey-save--problem' : 'survey-save'}>
      <div role="status">
        <p className="survey-save__message" data-testid="save-status" data-status={state.status}>
          {message}
        </p>
        {conflicts > 0 && <p className="survey-save__conflicts">{t('save.conflicts', { count: conflicts })}</p>}
      </div>
      {state.status === 'retrying' && (
        <button type="button" className="button button--secondary" onClick={() => store.retryNow()}>
          {t('save.retryNow')}
        </button>
      )}
      {state.status === 'stopped' && store.hasUnsaved() && (
        <button type="button" className="button button--secondary" onClick={() => store.discardUnsaved()}>
          {t('save.discard')}
        </button>
      )}
    </div>
  );
}

const STOP_REASONS = ['round_closed', 'round_not_open', 'response_submitted', 'not_invited', 'unauthorized'] as const;
type StopReason = (typeof STOP_REASONS)[number] | 'other';

function stopReasonKey(reason: string | null): StopReason {
  return STOP_REASONS.find((known) => known === reason) ?? 'other';
}
