import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type FormProblem = {
  /** The id of the summary line, so fields can point at it with aria-describedby. */
  id: string;
  message: string;
  /** The field the problem is about: the summary links to it. */
  fieldId?: string;
};

type Props = {
  problems: FormProblem[];
  /** Changes on every failed submit: the summary then takes focus so screen readers read it. */
  focusKey: number;
  /** Unique on the page: set it when a page has more than one form. */
  id?: string;
};

/** The list of problems at the top of a form (GOV.UK pattern), linking to each field. */
export function ErrorSummary({ problems, focusKey, id = 'error-summary' }: Props) {
  const { t } = useTranslation();
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasProblems = problems.length > 0;

  useEffect(() => {
    if (focusKey > 0 && hasProblems) summaryRef.current?.focus();
  }, [focusKey, hasProblems]);

  if (!hasProblems) return null;
  return (
    <div ref={summaryRef} className="error-summary" tabIndex={-1} aria-labelledby={`${id}-title`} data-testid="error-summary">
      <h2 id={`${id}-title`} className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.id} id={problem.id}>
            {problem.fieldId ? (
              <a href={`#${problem.fieldId}`} onClick={(event) => focusField(event, problem.fieldId!)}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}
