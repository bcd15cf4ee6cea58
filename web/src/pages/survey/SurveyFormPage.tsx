import { memo, useDeferredValue, useEffect, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths, surveyPaths } from '#web/app/paths';
import { SectionTurn } from '#web/components/SectionTurn';
import { usePageTitle } from '#web/components/usePageTitle';
import { AreaQuestion } from './AreaQuestion';
import { CarryOverPanel } from './CarryOverPanel';
import { displayedValues, isCarriedOver, sameValues, type DraftState, type DraftStore } from './draftStore';
import { AreaNavigation } from './AreaNavigation';
import { areaNavState, groupByProgress, progressText } from './progress';
import { LazyResponseHistory } from './LazyResponseHistory';
import { roundTimeText } from './roundPhase';
import { focusArea, useCurrentArea } from './useCurrentArea';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SaveStatus } from './SaveStatus';
import { StatusBadge } from './StatusBadge';
import type { RoundQuestions, SurveyRef, SurveyResponse } from './surveyApi';
import { SurveyNotLoaded, useSurveyLoad } from './SurveyLoad';
import { useSurveyRef } from './useSurveyDraft';
import './survey.css';

/** The survey of one round for one organisation: ten areas, saved as the person answers. */
export default function SurveyFormPage() {
  const ref = useSurveyRef();
  // A new store and fresh state for another year or organisation.
  return <SurveyForm key={`${ref.year}-${ref.organisationId}`} surveyRef={ref} />;
}

function SurveyForm({ surveyRef }: { surveyRef: SurveyRef }) {
  const { t } = useTranslation('survey');
  const load = useSurveyLoad(surveyRef);
  const { store, state, questions, response } = load;
  usePageTitle(response ? t('form.title', { year: surveyRef.year, organisation: response.organisation.name }) : t('rounds.title'));

  // The form's first render when the response and questions arrive is a transition: react-query hands data over in a
  // render React does not interrupt, and the head, the navigation and the first area (about 200 components) were then
  // the longest task after the first paint on a phone (issue 15). Deferred, React builds them in slices of a few
  // milliseconds; the loading message stays meanwhile. Only the first time: once true it stays true, so later renders
  // (typing, saving) are ordinary ones.
  const shown = useDeferredValue(Boolean(response && questions.data));
  if (!shown || !response || !questions.data) return <SurveyNotLoaded load={load} title={t('rounds.title')} className="page" />;
  return <SurveyContent surveyRef={surveyRef} response={response} questions={questions.data} state={state} store={store} />;
}

type ContentProps = { surveyRef: SurveyRef; response: SurveyResponse; questions: RoundQuestions; state: DraftState; store: DraftStore };

function SurveyContent({ surveyRef, response, questions, state, store }: ContentProps) {
  const { t, i18n } = useTranslation('survey');
  const readOnly = !response.canWrite || response.status === 'submitted';
  const progress = groupByProgress(state, questions.areas);
  const answered = progress.answered.length;
  const total = questions.areas.length;
  const summary = progressText(t, { answered, toConfirm: progress.to_confirm.length, total });
  const [current, setCurrent] = useCurrentArea(questions.areas.map((area) => area.key));
  const navAreas = questions.areas.map((area) => ({
    key: area.key,
    position: area.position,
    title: area.title,
    state: areaNavState(state, area.key),
  }));
  // Read-only, the save state matters only while edits made before are still on their way or stuck.
  const showSaveStatus = !readOnly || !['idle', 'saved'].includes(state.status) || Object.keys(state.conflicts).length > 0;
  useScrollToLinkedArea(setCurrent);

  return (
    <div className="page survey-page survey-page--with-nav">
      <div className="survey-layout">
        <div className="survey-layout__head">
          <h1>{t('form.title', { year: response.year, organisation: response.organisation.name })}</h1>
          <p>
            <StatusBadge status={response.status} />
          </p>
          <p>
            {roundTimeText(t, response, i18n.language)} {questions.scope}
          </p>
          <ReadOnlyNotice response={response} surveyRef={surveyRef} store={store} />
          {response.status === 'submitted' && <LazyResponseHistory surveyRef={surveyRef} version={response.version} />}
          <div className="survey-progress">
            <label htmlFor="survey-progress">{summary}</label>
            <progress id="survey-progress" max={total} value={answered} />
          </div>
        </div>
        <AreaNavigation areas={navAreas} current={current} onJump={setCurrent} />
        <div className="survey-layout__body">
          {showSaveStatus && <SaveStatus state={state} store={store} />}
          {!readOnly && progress.unanswered.length > 0 && response.carryOverFromYear !== null && (
            <CarryOverPanel surveyRef={surveyRef} fromYear={response.carryOverFromYear} store={store} />
          )}

          {questions.areas.map((area, index) => (
            <SurveyArea
              key={area.key}
              deferred={index > 0}
              area={area}
              questions={questions}
              rule={response.scoringRule}
              values={displayedValues(state, area.key)}
              carriedOver={isCarriedOver(state, area.key)}
              conflict={state.conflicts[area.key]}
              issues={state.invalid[area.key]}
              readOnly={readOnly}
              store={store}
            />
          ))}

          <div className="survey-actions survey-actions--end">
            {response.status !== 'submitted' && response.canWrite && (
              <Link className="button" to={surveyPaths.review(response.year, response.organisation.id)}>
                {t('form.toReview')}
              </Link>
            )}
            <Link to={paths.survey}>{t('form.backToRounds')}</Link>
          </div>
          {response.status !== 'submitted' && <LazyResponseHistory surveyRef={surveyRef} version={response.version} />}
        </div>
      </div>
    </div>
  );
}

type SurveyAreaProps = Omit<ComponentProps<typeof AreaQuestion>, 'onChange' | 'onResolve'> & {
  store: DraftStore;
  /** Rendered after the first paint, in a turn of its own (<SectionTurn>): every area but the first. */
  deferred: boolean;
};

/** Room kept for an area not rendered yet: about a closed area's height, so what follows moves little. */
const AREA_MIN_HEIGHT = 420;

/**
 * One area, rendered again only when its own answer, state or texts change:
 * every keystroke updates the draft store, and re-rendering all ten areas
 * for each made typing in a comment cost ten areas' render on a slow phone.
 * The first area renders with the page; the others each in a turn of their
 * own right after the first paint (ten areas in one render and commit were
 * the survey's longest tasks on a phone, bench/RESULTS.md 2026-12-02), all
 * at once when the address names an area or the page is printed.
 */
const SurveyArea = memo(
  function SurveyArea({ store, deferred, ...props }: SurveyAreaProps) {
    const key = props.area.key;
    const question = (
      <AreaQuestion {...props} onChange={(values, options) => store.edit(key, values, options)} onResolve={(choice) => store.resolve(key, choice)} />
    );
    return deferred ? <SectionTurn minHeight={AREA_MIN_HEIGHT}>{question}</SectionTurn> : question;
  },
  // The displayed values are made afresh on each render: compared by content, everything else by identity.
  ({ values: before, ...previous }, { values: after, ...next }) =>
    sameValues(before, after) && (Object.keys(next) as (keyof typeof next)[]).every((prop) => previous[prop] === next[prop]),
);

/** The review page links to an area (…#area-risk): move there once the survey has rendered. */
function useScrollToLinkedArea(markCurrent: (key: string) => void) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#area-')) return;
    const key = hash.slice('#area-'.length);
    if (focusArea(key)) markCurrent(key);
  }, [hash, markCurrent]);
}
