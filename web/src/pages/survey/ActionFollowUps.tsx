import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiErrorSoon } from '#web/api/errorText';
import { useSurveyRef } from './useSurveyDraft';
import { planApi, planQueries, type FollowUpOutcome, type ImprovementAction } from '#web/pages/plan/planApi';

const OUTCOMES: readonly FollowUpOutcome[] = ['yes', 'partly', 'no'];

type Props = { areaKey: string; readOnly: boolean };

/**
 * The actions of earlier rounds to follow up in the round of `year`: planned
 * before it, and not already marked done (ja) in an earlier round.
 */
export function actionsToFollowUp(actions: readonly ImprovementAction[], areaKey: string, year: number): ImprovementAction[] {
  return actions.filter(
    (action) => action.areaKey === areaKey && action.plannedInYear < year && !action.followUps.some((f) => f.roundYear < year && f.outcome === 'yes'),
  );
}

/**
 * Last round's actions of an area, each marked ja / delvis / nej with a
 * comment while answering the area (issue 17). Saved per action on its own
 * button: a follow-up is not part of the response and its version.
 */
export default function ActionFollowUps({ areaKey, readOnly }: Props) {
  const { t } = useTranslation('plan');
  const { organisationId, year } = useSurveyRef();
  // One request for all ten areas: they share the query.
  const query = useQuery(planQueries.actions(organisationId));
  const actions = useMemo(() => actionsToFollowUp(query.data?.actions ?? [], areaKey, year), [query.data, areaKey, year]);
  if (actions.length === 0) return null;
  const headingId = `follow-ups-${areaKey}`;
  return (
    <div className="survey-follow-ups" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('survey.heading')}</h3>
      <p className="field__hint">{t('survey.intro')}</p>
      <ul className="survey-follow-ups__list">
        {actions.map((action) => (
          <ActionFollowUp key={action.id} action={action} year={year} readOnly={readOnly} />
        ))}
      </ul>
    </div>
  );
}

function ActionFollowUp({ action, year, readOnly }: { action: ImprovementAction; year: number; readOnly: boolean }) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const recorded = action.followUps.find((f) => f.roundYear === year);
  const [outcome, setOutcome] = useState<FollowUpOutcome | null>(recorded?.outcome ?? null);
  const [comment, setComment] = useState(recorded?.comment ?? '');
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: (body: { outcome: FollowUpOutcome; comment: string }) => planApi.followUp(action.organisationId, action.id, year, body),
  });
  const id = `follow-up-${action.id}`;

  async function submit() {
    if (!outcome) return;
    try {
      await save.mutateAsync({ outcome, comment });
      setMessage(t('survey.saved'));
      await queryClient.invalidateQueries({ queryKey: planQueries.actions(action.organisationId).queryKey });
    } catch (error) {
      setMessage(await describeApiErrorSoon(error, tc));
    }
  }

  return (
    <li className="survey-follow-up" data-testid={id}>
      <p className="survey-follow-up__title">
        <strong>{action.title}</strong> ({t(`status.${action.status}`)}
        {action.responsible && `, ${t('responsible', { name: action.responsible })}`})
      </p>
      <fieldset className="survey-question" disabled={readOnly || save.isPending}>
        <legend className="survey-question__legend">
          {t('survey.done')}
          <span className="visually-hidden">{` – ${action.title}`}</span>
        </legend>
        <div className="survey-choices survey-choices--inline">
          {OUTCOMES.map((value) => (
            <label key={value} className="survey-choice">
              <input type="radio" name={`${id}-outcome`} value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
              <span>{t(`outcome.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`} className="field__label">
          {t('survey.comment')}
        </label>
        <textarea
          id={`${id}-comment`}
          className="field__input"
          rows={2}
          maxLength={2000}
          value={comment}
          readOnly={readOnly}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      {!readOnly && (
        <button type="button" className="button button--secondary" disabled={!outcome || save.isPending} onClick={() => void submit()}>
          {t('survey.save')}
          <span className="visually-hidden">{` – ${action.title}`}</span>
        </button>
      )}
      {readOnly && recorded && <p>{t('survey.recorded', { outcome: t(`outcome.${recorded.outcome}`) })}</p>}
      <p role="status" className="status-message">
        {message}
      </p>
    </li>
  );
}
