import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, isTransientError } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
import { auditRegisterPath } from '#web/app/paths';
import { readStoredOnce } from '#web/app/queryClient';
import { ConfirmAction, InPageQuestion, useFocusAfterRender } from '#web/components/Confirm';
import { followUpYearNow, registerCalls, useRegisterChange } from '#web/pages/audits/auditsApi';
import { ActionForm } from './LazyActionForm';
import { planApi, planQueries, type ActionRecommendation, type FollowUpOutcome, type ImprovementAction } from './planApi';

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

/** A long recommendation shortened for a link or a question; the register has the whole text. */
const excerpt = (text: string, max = 120) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

type Props = {
  action: ImprovementAction;
  canEdit: boolean;
  onStatus: (message: string) => void;
  /** Where focus goes once the action is removed (its item is gone). */
  onRemoved?: () => void;
};

/**
 * One action: what, who, when, status, evidence, its follow-ups and the
 * audit recommendations it answers; change and remove for the organisation's
 * respondents. Set to "klar" as the last open action linked to a
 * recommendation, it asks in the page whether the recommendation is now met
 * and writes the answer as that year's follow-up in the register.
 */
export function ActionItem({ action, canEdit, onStatus, onRemoved }: Props) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  /** Recommendations whose last open linked action this one was: asked one after the other. */
  const [asking, setAsking] = useState<ActionRecommendation[]>([]);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditAfterRender = useFocusAfterRender(editButton);
  const remove = useMutation({ mutationFn: () => planApi.remove(action.organisationId, action.id, action.version) });
  const recordFollowUp = useRegisterChange(registerCalls.recordFollowUp);
  const refreshPlan = () => queryClient.invalidateQueries({ queryKey: planQueries.actions(action.organisationId).queryKey });

  async function removeAction() {
    try {
      await remove.mutateAsync();
      removed();
    } catch (error) {
      const refused = error instanceof ApiError && (error.code === 'version_conflict' || error.status === 404);
      // Removed all the same when its answer never came (a dropped connection), or by a try whose answer was lost and
      // then sent again: the plan as stored says.
      const plan = refused || isTransientError(error) ? await readStoredOnce(queryClient, planQueries.actions(action.organisationId)) : undefined;
      if (plan && !plan.actions.some((a) => a.id === action.id)) return removed();
      onStatus(error instanceof ApiError && error.code === 'version_conflict' ? t('stale') : describeApiError(error, tc));
    }
    await refreshPlan();
  }

  function removed() {
    onStatus(t('removed', { title: action.title }));
    onRemoved?.();
  }

  function edited(message: string | null, saved?: ImprovementAction) {
    setEditing(false);
    if (message) onStatus(message);
    const closed = saved !== undefined && action.status !== 'done' && saved.status === 'done';
    const met = closed ? saved.recommendations.filter((r) => r.openActions === 0) : [];
    if (met.length > 0) setAsking(met);
    else focusEditAfterRender();
  }

  async function answer(recommendation: ActionRecommendation, value: FollowUpOutcome | 'later') {
    const year = followUpYearNow();
    if (value === 'later') onStatus(t('links.notNow'));
    else {
      // That year's follow-up through the register's own write path; a comment already recorded for the year stays.
      const comment = recommendation.latestFollowUp?.year === year ? recommendation.latestFollowUp.comment : '';
      try {
        await recordFollowUp.mutateAsync({
          organisationId: action.organisationId,
          auditId: recommendation.auditId,
          recommendationId: recommendation.id,
          year,
          body: { outcome: value, comment },
        });
        onStatus(t('links.recorded', { year, outcome: t(`outcome.${value}`) }));
        await refreshPlan();
      } catch (error) {
        onStatus(describeApiError(error, tc));
        return;
      }
    }
    const rest = asking.slice(1);
    setAsking(rest);
    if (rest.length === 0) focusEditAfterRender();
  }

  const question = asking[0];
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
        {action.recommendations.length > 0 && (
          <li>
            {t('links.recommendations')}:{' '}
            {action.recommendations.map((r, index) => (
              <Fragment key={r.id}>
                {index > 0 && '; '}
                <Link to={`${auditRegisterPath(action.organisationId)}#recommendation-${r.id}-heading`}>
                  {t('links.recommendationLink', { audit: r.auditTitle, text: excerpt(r.text) })}
                </Link>
              </Fragment>
            ))}
          </li>
        )}
      </ul>
      {question && (
        <div className="no-print">
          <InPageQuestion
            key={question.id}
            name={t('links.questionName', { audit: question.auditTitle })}
            question={t('links.question', { text: excerpt(question.text) })}
            hint={t('links.questionHint', { year: followUpYearNow() })}
            answers={[
              { value: 'yes', label: t('links.answers.yes') },
              { value: 'partly', label: t('links.answers.partly') },
              { value: 'no', label: t('links.answers.no') },
              { value: 'later', label: t('links.answers.later') },
            ]}
            disabled={recordFollowUp.isPending}
            onAnswer={(value) => void answer(question, value)}
          />
        </div>
      )}
      {canEdit && !editing && !question && (
        <div className="plan-action__buttons no-print">
          <button ref={editButton} type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            {t('edit')}
            <span className="visually-hidden">{`: ${action.title}`}</span>
          </button>
          <ConfirmAction
            label={t('remove')}
            context={action.title}
            question={t('removeConfirm', { title: action.title })}
            confirmLabel={tc('confirm.delete')}
            cancelLabel={tc('confirm.keep')}
            className="button button--quiet"
            disabled={remove.isPending}
            onConfirm={() => void removeAction()}
          />
        </div>
      )}
      {editing && (
        <div className="no-print" role="group" aria-label={t('editFor', { title: action.title })}>
          <ActionForm organisationId={action.organisationId} action={action} formKey={`action-${action.id}`} onDone={edited} />
        </div>
      )}
    </li>
  );
}
