import { memo, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '#web/components/QueryStatus';
import { useHashTarget } from '#web/components/useHashTarget';
import type { OrganisationResults } from '#web/pages/results/resultsApi';
import { ActionForm } from './LazyActionForm';
import { ActionItem } from './ActionItem';
import { actionsOfArea, useActions } from './planApi';
import './plan.css';

type Props = {
  results: OrganisationResults;
  /** The heading's level: 2 in the results report, 2 on the plan page as well (its h1 is the page's). */
  headingId?: string;
};

/** Which new action the respondent is writing: from the area's guidance or their own. */
type Drafting = { areaKey: string; fromGuidance: boolean } | null;

/**
 * The action plan per area: the level year by year, the actions with their
 * follow-ups, and (for the organisation's respondents) "Planera åtgärd" from
 * the guidance for the next level or an own action. Printed with the report.
 */
export const PlanSection = memo(function PlanSection({ results, headingId = 'plan-heading' }: Props) {
  const { t } = useTranslation('plan');
  const organisationId = results.organisation.id;
  const actions = useActions(organisationId);
  // The plan's ten areas render as a transition when the actions arrive (react-query hands data over at once,
  // which React renders without yielding): built in slices of a few milliseconds (docs/decisions/0019).
  const data = useDeferredValue(actions.data);
  useHashTarget(data !== undefined);
  const [drafting, setDrafting] = useState<Drafting>(null);
  const [status, setStatus] = useState('');
  const canEdit = data?.canEdit ?? false;
  const levelsOf = (areaKey: string) => results.history.map((entry) => ({ year: entry.year, level: entry.levels[areaKey] ?? null }));

  return (
    <section aria-labelledby={headingId} className="plan-section">
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="no-print">{t('sectionIntro')}</p>
      {data && !canEdit && <p className="no-print">{t('readOnly')}</p>}
      <p role="status" className="status-message no-print">
        {status}
      </p>
      <QueryStatus query={actions} rendered={data !== undefined} />
      {data &&
        results.areas.map((area) => {
          const own = actionsOfArea(data.actions, area.key);
          const draft = drafting?.areaKey === area.key ? drafting : null;
          return (
            <article key={area.key} className="plan-area" aria-labelledby={`plan-area-${area.key}`}>
              <h3 id={`plan-area-${area.key}`} tabIndex={-1}>
                {area.title}
              </h3>
              <p className="plan-area__levels">
                {t('levelsOverYears')}:{' '}
                {levelsOf(area.key)
                  .map(({ year, level }) => t('levelsOverYearsValue', { year, level: level ?? t('noLevel') }))
                  .join(' · ')}
              </p>
              {own.length === 0 ? (
                <p className="plan-area__empty">{t('noActions')}</p>
              ) : (
                <ul className="plan-actions">
                  {own.map((action) => (
                    <ActionItem
                      key={action.id}
                      action={action}
                      canEdit={canEdit}
                      onStatus={setStatus}
                      onRemoved={() => document.getElementById(`plan-area-${area.key}`)?.focus()}
                    />
                  ))}
                </ul>
              )}
              {canEdit && !draft && (
                <div className="plan-area__buttons no-print">
                  {area.nextStep && (
                    <button type="button" className="button" onClick={() => setDrafting({ areaKey: area.key, fromGuidance: true })}>
                      {t('planFromGuidance', { level: area.nextStep.toLevel })}
                      <span className="visually-hidden">{` – ${area.title}`}</span>
                    </button>
                  )}
                  <button type="button" className="button button--quiet" onClick={() => setDrafting({ areaKey: area.key, fromGuidance: false })}>
                    {t('planOwn')}
                    <span className="visually-hidden">{` – ${area.title}`}</span>
                  </button>
                </div>
              )}
              {draft && (
                <div className="no-print" role="group" aria-label={t('planFor', { area: area.title })}>
                  <ActionForm
                    organisationId={organisationId}
                    formKey={`new-action-${area.key}`}
                    draft={{
                      areaKey: area.key,
                      plannedInYear: results.year,
                      guidanceTargetLevel: draft.fromGuidance && area.nextStep ? area.nextStep.toLevel : null,
                      title: draft.fromGuidance && area.nextStep ? area.nextStep.text : '',
                    }}
                    onDone={(message) => {
                      setDrafting(null);
                      if (message) setStatus(message);
                    }}
                  />
                </div>
              )}
            </article>
          );
        })}
    </section>
  );
});
