import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormState, type FieldErrors } from 'react-hook-form';
import { formProblemId, useFormIds, type FormIds } from './formIds';

export type FormProblem = {
  /** The id of the summary line, so fields can point at it with aria-describedby. */
  id: string;
  message: string;
  /** The field the problem is about: the summary links to it. */
  fieldId?: string;
};

/**
 * The list of problems at the top of a form (GOV.UK pattern), linking to each
 * field: the form's problem first, then each field's error. It takes focus
 * after a failed submit, and when the server's refusal arrives, so screen
 * readers read it. Render it inside the form's FormProvider (see Form).
 */
export function ErrorSummary() {
  const { errors, submitCount } = useFormState();
  const ids = useFormIds();
  const problems = formProblems(errors, ids);
  const signature = problems.map((problem) => `${problem.id}:${problem.message}`).join('\n');
  // A new failure (a submit refused here, or the server's answer) changes the key: the summary takes focus again.
  const focusKey = useFocusKey(submitCount, signature);
  return <ProblemSummary id={ids.summaryId} problems={problems} focusKey={focusKey} />;
}

function useFocusKey(submitCount: number, signature: string): number {
  const [state, setState] = useState({ submitCount, signature, key: 0 });
  if (state.submitCount !== submitCount || state.signature !== signature) {
    setState({ submitCount, signature, key: submitCount > 0 && signature ? state.key + 1 : state.key });
  }
  return state.key;
}

type ProblemSummaryProps = {
  problems: FormProblem[];
  /** Changes on every failed submit: the summary then takes focus so screen readers read it. */
  focusKey: number;
  /** Unique on the page: set it when a page has more than one form. */
  id?: string;
};

/** The summary itself: its lines, and focus when they change after a failed submit. */
function ProblemSummary({ problems, focusKey, id = 'error-summary' }: ProblemSummaryProps) {
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

type ErrorNode = { type?: unknown; message?: unknown };

/**
 * The summary's lines: the form's problem (linking to the first field it
 * marks), then every field error with a message, in the order the form
 * shows the fields (a schema reports them in its own order).
 */
export function formProblems(errors: FieldErrors, ids: FormIds): FormProblem[] {
  const fieldErrors: { name: string; node: ErrorNode }[] = [];
  collect(errors, [], fieldErrors);
  const fieldId = (entry: { name: string }) => ids.fieldId(entry.name);
  const root = errors.root?.server;
  const marked = fieldErrors.filter((entry) => !entry.node.message);
  const lines = fieldErrors
    .filter((entry) => typeof entry.node.message === 'string' && entry.node.message)
    .map((entry) => {
      const message = entry.node.message as string;
      return {
        id: `${ids.summaryId}-${entry.name.replaceAll('.', '-')}-problem`,
        message: ids.summaryLine ? ids.summaryLine(entry.name, message) : message,
        fieldId: fieldId(entry),
      };
    });
  return [
    ...(root?.message ? [{ id: formProblemId(ids), message: root.message, fieldId: marked[0] ? fieldId(marked[0]) : undefined }] : []),
    ...inPageOrder(lines),
  ];
}

/** Lines in the order of their fields on the page; a line whose field is not (yet) on the page keeps its place after them. */
function inPageOrder(lines: FormProblem[]): FormProblem[] {
  if (typeof document === 'undefined' || typeof document.getElementById !== 'function') return lines;
  const elementOf = (line: FormProblem) => (line.fieldId ? document.getElementById(line.fieldId) : null);
  return [...lines].sort((a, b) => {
    const [x, y] = [elementOf(a), elementOf(b)];
    if (!x || !y || x === y) return (x ? 0 : 1) - (y ? 0 : 1);
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

function collect(node: unknown, path: string[], into: { name: string; node: ErrorNode }[]) {
  if (node === null || typeof node !== 'object') return;
  if (typeof (node as ErrorNode).type === 'string') {
    into.push({ name: path.join('.'), node: node });
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (path.length === 0 && key === 'root') continue;
    if (key !== 'ref') collect(child, [...path, key], into);
  }
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}
