import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ACTION_TITLE_MAX } from '#shared/api/improvement';
import { ApiError } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
import { paths } from '#web/app/paths';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { QueryError } from '#web/components/QueryError';
import { roundsQuery } from '#web/pages/roundsQuery';
import { ActionForm } from '#web/pages/plan/LazyActionForm';
import { planQueries, useActions } from '#web/pages/plan/planApi';
import '#web/pages/plan/plan.css';
import { registerCalls, type AuditRegister, type Recommendation, type RecommendationRef } from './auditsApi';

/**
 * A recommendation's side of the links to the action plan (decision 0020):
 * the linked actions (title, status, a way to the plan), and for the
 * organisation's respondents the list to link actions from and a new action
 * pre-filled from the recommendation.
 */

/** The recommendation's linked actions, each with its status and the way to it in the plan. */
export function LinkedActions({ recommendation, headingId }: { recommendation: Recommendation; headingId: string }) {
  const { t } = useTranslation('auditRegister');
  const { t: tPlan } = useTranslation('plan');
  return (
    <>
      <h5 id={headingId}>{t('links.heading')}</h5>
      {recommendation.actions.length === 0 ? (
        <p>{t('links.none')}</p>
      ) : (
        <ul className="register-linked-actions" aria-labelledby={headingId}>
          {recommendation.actions.map((action) => (
            <li key={action.id}>
              <Link to={`${paths.plan}#plan-area-${action.areaKey}`}>{action.title}</Link>{' '}
              <span className={`plan-status plan-status--${action.status}`}>{tPlan(`status.${action.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type PanelProps = {
  recommendation: Recommendation;
  /** The recommendation's number in its audit, as the page shows it. */
  number: number;
  organisationId: number;
  areas: AuditRegister['areas'];
  /** Says the outcome in the page's status region. */
  announce: (message: string) => void;
  /** Closes the panel (focus goes back to the button that opened it). */
  onClose: () => void;
};

/** Both sides of a link change: the register and the plan are fetched again. */
function useRefreshBoth(organisationId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['audit-register', organisationId] }),
      queryClient.invalidateQueries({ queryKey: planQueries.actions(organisationId).queryKey }),
    ]);
}

/**
 * "Koppla åtgärd": the plan's actions as checkboxes (those of the
 * recommendation's areas first), the linked ones ticked; saving links and
 * unlinks the difference, each at the version of the action as listed.
 */
export function LinkActionsForm({ recommendation, number, organisationId, areas, announce, onClose }: PanelProps) {
  const { t } = useTranslation('auditRegister');
  const { t: tPlan } = useTranslation('plan');
  const { t: tCommon } = useTranslation();
  const actions = useActions(organisationId);
  const refresh = useRefreshBoth(organisationId);
  const linked = new Set(recommendation.actions.map((a) => a.id));
  const [chosen, setChosen] = useState<ReadonlySet<number>>(linked);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const legendId = useId();
  const ref: RecommendationRef = { organisationId, auditId: recommendation.auditId, recommendationId: recommendation.id };
  const areaTitle = (key: string) => areas.find((a) => a.key === key)?.title ?? key;
  const ownAreas = new Set<string>(recommendation.areaKeys);
  const listed = [...(actions.data?.actions ?? [])].sort((a, b) => Number(ownAreas.has(b.areaKey)) - Number(ownAreas.has(a.areaKey)));

  async function save(event: FormEvent) {
    event.preventDefault();
    const byId = new Map(listed.map((a) => [a.id, a]));
    const toLink = [...chosen].filter((id) => !linked.has(id));
    const toUnlink = [...linked].filter((id) => !chosen.has(id));
    if (toLink.length + toUnlink.length === 0) {
      announce(t('links.unchanged'));
      onClose();
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      for (const actionId of toLink) await registerCalls.linkAction({ ...ref, actionId, version: byId.get(actionId)!.version });
      for (const actionId of toUnlink) {
        const version = byId.get(actionId)?.version ?? recommendation.actions.find((a) => a.id === actionId)!.version;
        await registerCalls.unlinkAction({ ...ref, actionId, version });
      }
      await refresh();
      announce(t('links.saved', { number }));
      onClose();
    } catch (error) {
      await refresh();
      setProblem(error instanceof ApiError && error.code === 'version_conflict' ? t('links.stale') : describeApiError(error, tCommon));
    } finally {
      setBusy(false);
    }
  }

  if (actions.isPending) return <LoadingMessage />;
  if (actions.error) return <QueryError error={actions.error} retrying={actions.isFetching} onRetry={() => void actions.refetch()} />;
  return (
    <form className="form register-link-form" onSubmit={(event) => void save(event)} noValidate>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {listed.length === 0 ? (
        <p>{t('links.planEmpty')}</p>
      ) : (
        <fieldset className="field register-link-options" aria-describedby={`${legendId}-hint`}>
          <legend className="field__label" id={legendId}>
            {t('links.linkLegend')}
          </legend>
          <p id={`${legendId}-hint`} className="field__hint">
            {t('links.linkHint')}
          </p>
          {listed.map((action) => (
            <label key={action.id} className="checkbox-label">
              <input
                type="checkbox"
                checked={chosen.has(action.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(action.id);
                  else next.delete(action.id);
                  setChosen(next);
                }}
              />
              {t('links.option', { title: action.title, area: areaTitle(action.areaKey), status: tPlan(`status.${action.status}`) })}
            </label>
          ))}
        </fieldset>
      )}
      <div className="register-buttons">
        {listed.length > 0 && (
          <button type="submit" className="button" disabled={busy}>
            {t('links.save')}
          </button>
        )}
        <button type="button" className="button register-button--secondary" onClick={onClose}>
          {t('links.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * A new action of the plan pre-filled from the recommendation: its text as
 * the title, one of its areas, planned from the newest round that is not a
 * draft (the plan's actions answer a round's results); linked on saving.
 */
export function NewActionFromRecommendation({ recommendation, number, organisationId, areas, announce, onClose }: PanelProps) {
  const { t } = useTranslation('auditRegister');
  const rounds = useQuery(roundsQuery());
  const refresh = useRefreshBoth(organisationId);
  const [areaKey, setAreaKey] = useState<string>(recommendation.areaKeys[0]!);
  const selectId = useId();
  const areaTitle = (key: string) => areas.find((a) => a.key === key)?.title ?? key;

  if (rounds.isPending) return <LoadingMessage />;
  if (rounds.error) return <QueryError error={rounds.error} retrying={rounds.isFetching} onRetry={() => void rounds.refetch()} />;
  const year = Math.max(...rounds.data.rounds.filter((r) => r.state !== 'draft').map((r) => r.year));
  if (!Number.isFinite(year)) {
    return (
      <>
        <p>{t('links.noRound')}</p>
        <button type="button" className="button register-button--secondary" onClick={onClose}>
          {t('links.cancel')}
        </button>
      </>
    );
  }
  return (
    <>
      <p className="field__hint">{t('links.newActionHint', { year })}</p>
      {recommendation.areaKeys.length > 1 && (
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('links.area')}
          </label>
          <select id={selectId} className="field__input" value={areaKey} onChange={(event) => setAreaKey(event.target.value)}>
            {recommendation.areaKeys.map((key) => (
              <option key={key} value={key}>
                {areaTitle(key)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ActionForm
        organisationId={organisationId}
        formKey={`recommendation-${recommendation.id}-action`}
        draft={{
          areaKey,
          plannedInYear: year,
          guidanceTargetLevel: null,
          title: recommendation.text.slice(0, ACTION_TITLE_MAX),
          recommendationId: recommendation.id,
        }}
        onDone={(message, saved) => {
          if (saved) {
            void refresh();
            announce(t('links.created', { title: saved.title, number }));
          } else if (message) announce(message);
          onClose();
        }}
      />
    </>
  );
}
