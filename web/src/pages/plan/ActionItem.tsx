import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
import { ActionForm } from './ActionForm';
import { planApi, planQueries, type ImprovementAction } from './planApi';

/** Evidence as a link when it is one (http or https only), else as the note it is. */
export function Evidence({ text }: { text: string }) {
  return /^https?:\/\/\S+$/i.test(text) ? (
    <a href={text} rel="noreferrer noopener">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

type Props = { action: ImprovementAction; canEdit: boolean; onStatus: (message: string) => void };

/** One action: what, who, when, status, evidence and its follow-ups; change and remove for the organisation's respondents. */
export function ActionItem({ action, canEdit, onStatus }: Props) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({ mutationFn: () => planApi.remove(action.organisationId, action.id, action.version) });

  async function confirmRemove() {
    if (!window.confirm(t('removeConfirm', { title: action.title }))) return;
    try {
      await remove.mutateAsync();
      onStatus(t('removed', { title: action.title }));
    } catch (error) {
      onStatus(error instanceof ApiError && error.code === 'version_conflict' ? t('stale') : describeApiError(error, tc));
    }
    await queryClient.invalidateQueries({ queryKey: planQueries.actions(action.organisationId).queryKey });
  }

  return (
    <li className="plan-action">
      <p className="plan-action__title">
        <strong>{action.title}</strong> <span className={`plan-status plan-status--${action.status}`}>{t(`status.${action.status}`)}</span>
      </p>
      <ul className="plan-action__meta">
        <li>
          {action.origin === 'guidance' ? t('origin.guidance', { level: action.guidanceTargetLevel }) : t('origin.own')} ·{' '}
          {t('plannedIn', { year: action.plannedInYear })}
        </li>
        {action.responsible && <li>{t('responsible', { name: action.responsible })}</li>}
        {action.dueOn && <li>{t('due', { date: action.dueOn })}</li>}
        {action.evidence && (
          <li>
            {t('evidence')} <Evidence text={action.evidence} />
          </li>
        )}
        <li>
          {t('followUps')}:{' '}
          {action.followUps.length === 0
            ? t('noFollowUp')
            : action.followUps.map((f) => (
                <span key={f.roundYear} className="plan-follow-up">
                  {t('followUpValue', { year: f.roundYear, outcome: t(`outcome.${f.outcome}`) })}
                  {f.comment && ` – ${f.comment}`}
                </span>
              ))}
        </li>
      </ul>
      {canEdit && !editing && (
        <div className="plan-action__buttons no-print">
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            {t('edit')}
            <span className="visually-hidden">{`: ${action.title}`}</span>
          </button>
          <button type="button" className="button button--quiet" onClick={() => void confirmRemove()} disabled={remove.isPending}>
            {t('remove')}
            <span className="visually-hidden">{`: ${action.title}`}</span>
          </button>
        </div>
      )}
      {editing && (
        <div className="no-print" role="group" aria-label={t('editFor', { title: action.title })}>
          <ActionForm
            organisationId={action.organisationId}
            action={action}
            formKey={`action-${action.id}`}
            onDone={(message) => {
              setEditing(false);
              if (message) onStatus(message);
            }}
          />
        </div>
      )}
    </li>
  );
}
