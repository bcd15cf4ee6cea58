import { useTranslation } from 'react-i18next';
import type { ScoringRule } from '#shared/scoring/rule';
import { mentionsTerm } from './answerText';
import { ConflictNotice } from './ConflictNotice';
import type { AreaValues, Conflict, FieldIssue } from './draftStore';
import { LevelPreview } from './LevelPreview';
import { LazyActionFollowUps } from './LazyResponseHistory';
import type { RoundQuestions } from './surveyApi';

type Props = {
  area: RoundQuestions['areas'][number];
  questions: RoundQuestions;
  rule: ScoringRule;
  values: AreaValues;
  /** Carried over from last year and not yet confirmed or changed (including unsaved changes). */
  carriedOver: boolean;
  conflict: Conflict | undefined;
  issues: FieldIssue[] | undefined;
  readOnly: boolean;
  onChange: (values: AreaValues, options?: { confirmCarriedOver?: boolean }) => void;
  onResolve: (choice: 'mine' | 'theirs') => void;
};

const ids = (key: string) => ({
  title: `${key}-title`,
  help: `${key}-help`,
  definition: `${key}-definition`,
  mainError: `${key}-main-error`,
  followupError: `${key}-followup-error`,
  commentHint: `${key}-comment-hint`,
  commentError: `${key}-comment-error`,
  carried: `${key}-carried`,
});

const describedBy = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

/** One area: help text, the main yes/no question, the follow-up under "yes", a comment, and the level preview. */
export function AreaQuestion(props: Props) {
  const { area, questions, values, readOnly, onChange } = props;
  const { t } = useTranslation('survey');
  const id = ids(area.key);
  const issueFor = (field: string) => props.issues?.find((issue) => issue.field === field)?.message;
  const mainError = issueFor('body.main') ?? issueFor('params.areaKey') ?? issueFor('body');
  const followupError = issueFor('body.followup');
  const commentError = issueFor('body.comment');
  const term = questions.definition.term;
  const showDefinition = mentionsTerm(area.mainQuestion, term) || mentionsTerm(area.followup.question, term);

  return (
    <section className="survey-area" id={`area-${area.key}`} aria-labelledby={id.title} data-testid={`area-${area.key}`}>
      <h2 id={id.title} tabIndex={-1}>
        {t('form.areaHeading', { position: area.position, title: area.title })}
      </h2>
      <p id={id.help} className="survey-area__help">
        {area.description}
      </p>
      {showDefinition && (
        <p id={id.definition} className="survey-definition">
          {t('form.definition', { term, text: questions.definition.text })}
        </p>
      )}
      {props.carriedOver && (
        <div className="survey-carried" id={id.carried}>
          <p>{t('form.carriedOver')}</p>
          {!readOnly && (
            <button type="button" className="button button--secondary" onClick={() => onChange(values, { confirmCarriedOver: true })}>
              {t('form.confirm')}
            </button>
          )}
        </div>
      )}
      {props.conflict && (
        <ConflictNotice
          areaKey={area.key}
          conflict={props.conflict}
          mine={values}
          area={area}
          labels={questions.answerLabels}
          onResolve={props.onResolve}
        />
      )}

      <fieldset
        className="survey-question"
        disabled={readOnly}
        aria-describedby={describedBy(id.help, showDefinition && id.definition, mainError && id.mainError)}
      >
        <legend className="survey-question__legend">{area.mainQuestion}</legend>
        {mainError && <ErrorText id={id.mainError} message={mainError} />}
        <div className="survey-choices survey-choices--inline">
          {(['yes', 'no'] as const).map((main) => (
            <label key={main} className="survey-choice">
              <input
                type="radio"
                name={`${area.key}-main`}
                value={main}
                checked={values.main === main}
                onChange={() => onChange({ ...values, main })}
              />
              <span>{questions.answerLabels[main]}</span>
              {readOnly && values.main === main && <SelectedMark />}
            </label>
          ))}
        </div>
      </fieldset>

      {values.main === 'yes' && (
        <fieldset
          className="survey-question survey-question--followup"
          disabled={readOnly}
          aria-describedby={describedBy(followupError && id.followupError)}
        >
          <legend className="survey-question__legend">{area.followup.question}</legend>
          {followupError && <ErrorText id={id.followupError} message={followupError} />}
          {values.followup === null && !readOnly && <p className="survey-hint">{t('form.followupMissing')}</p>}
          <div className="survey-choices">
            {area.followup.options.map((option) => {
              const hintId = `${area.key}-option-${option.key}-hint`;
              return (
                <label key={option.key} className="survey-choice">
                  <input
                    type="radio"
                    name={`${area.key}-followup`}
                    value={option.key}
                    checked={values.followup === option.key}
                    onChange={() => onChange({ ...values, followup: option.key })}
                    aria-describedby={option.description ? hintId : undefined}
                  />
                  <span>
                    {option.label}
                    {option.description && (
                      <span id={hintId} className="survey-choice__hint">
                        {option.description}
                      </span>
                    )}
                  </span>
                  {readOnly && values.followup === option.key && <SelectedMark />}
                </label>
              );
            })}
          </div>
        </fieldset>
      )}

      <div className={commentError ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${area.key}-comment`} className="field__label">
          {questions.comment.label}
        </label>
        <p id={id.commentHint} className="field__hint">
          {t('form.commentHint', { max: questions.comment.maxLength })}
        </p>
        {commentError && <ErrorText id={id.commentError} message={commentError} />}
        <textarea
          id={`${area.key}-comment`}
          className="field__input survey-comment"
          rows={3}
          maxLength={questions.comment.maxLength}
          value={values.comment ?? ''}
          readOnly={readOnly}
          onChange={(event) => onChange({ ...values, comment: event.target.value })}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={describedBy(id.commentHint, commentError && id.commentError)}
        />
      </div>

      <LazyActionFollowUps areaKey={area.key} readOnly={readOnly} />

      <LevelPreview areaKey={area.key} values={values} rule={props.rule} levels={questions.levels} guidance={area.guidance} />
    </section>
  );
}

/**
 * In the read-only view the chosen answer says so in words, not only by its
 * drawn state. Hidden from assistive technology, which announces "checked"
 * itself: the radio's name stays the answer's label.
 */
function SelectedMark() {
  const { t } = useTranslation('survey');
  return (
    <span className="survey-choice__selected" aria-hidden="true">
      {t('form.selected')}
    </span>
  );
}

function ErrorText({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation('survey');
  return (
    <p id={id} className="field__error">
      {t('form.invalidAnswer', { message })}
    </p>
  );
}
