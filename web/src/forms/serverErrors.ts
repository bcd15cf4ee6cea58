import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ValidationIssue } from '#shared/api/error-codes';
import { ApiError } from '#web/api/client';
import { describeApiError, describeIssue, invalidFields, validationIssues } from '#web/api/errorMessages';
import { i18n } from '#web/i18n/index';

/** The form-level problem of a form: a refusal that is about no one field (shown first in the summary). */
export const FORM_PROBLEM = 'root.server';
/** The error type of a field that only the form-level problem is about (both fields for "wrong e-mail or password"). */
export const MARKED_BY_FORM_PROBLEM = 'formProblem';

/** What a form says itself about a refusal, instead of the general text: on a field, or for the whole form. */
export type OwnRefusal<Values extends FieldValues> = {
  message: string;
  /** The field the message goes on; without it the message is the form's problem. */
  field?: FieldPath<Values>;
  /** Fields a form-level message concerns: marked invalid and described by it. */
  marks?: FieldPath<Values>[];
};

export type ServerErrorOptions<Values extends FieldValues> = {
  /**
   * The form field for a refused request field, where the names differ:
   * `{ 'body.account.email': 'email' }`. By default `body.x.y` goes to the
   * form's `x.y` when the form has that field.
   */
  fields?: Partial<Record<string, FieldPath<Values>>> | ((serverField: string) => FieldPath<Values> | undefined);
  /** The words for a refused field, where the form says it its own way (the bank editor's field names are in its summary lines). */
  message?: (issue: ValidationIssue, name: FieldPath<Values>) => string | undefined;
  /** The form's own words for some refusals (a wrong current password, a link that no longer works). */
  own?: (error: ApiError) => OwnRefusal<Values> | undefined;
};

type FormLike<Values extends FieldValues> = { setError: UseFormSetError<Values>; getValues: () => Values };

/**
 * Shows a failed call on the form, in the user's language: each refused
 * field of a `validation_failed` answer (and the field a conflict such as
 * `organisation_code_exists` is about) on that field, in the words the
 * client's own check would use; anything else as the form's problem. The
 * one way every form reports the server's refusal.
 */
export function showServerError<Values extends FieldValues>(form: FormLike<Values>, error: unknown, options: ServerErrorOptions<Values> = {}): void {
  const setError = form.setError as (name: string, error: { type: string; message?: string }) => void;
  const own = error instanceof ApiError ? options.own?.(error) : undefined;
  if (own) {
    if (own.field) return setError(own.field, { type: 'server', message: own.message });
    setError(FORM_PROBLEM, { type: 'server', message: own.message });
    for (const field of own.marks ?? []) setError(field, { type: MARKED_BY_FORM_PROBLEM });
    return;
  }
  const general = describeApiError(error, i18n.getFixedT(null, 'common'));
  if (!(error instanceof ApiError)) return setError(FORM_PROBLEM, { type: 'server', message: general });

  const values = form.getValues() as Record<string, unknown>;
  const issues = validationIssues(error);
  let shown = 0;
  for (const serverField of new Set(invalidFields(error))) {
    const { fields } = options;
    const name = typeof fields === 'function' ? fields(serverField) : (fields?.[serverField] ?? defaultField(serverField, values));
    if (!name) continue;
    const issue = issues.find((candidate) => candidate.field === serverField);
    const message = issue ? (options.message?.(issue, name as FieldPath<Values>) ?? describeIssue(issue)) : general;
    setError(name, { type: issue?.rule ?? error.code, message });
    shown += 1;
  }
  if (shown === 0) setError(FORM_PROBLEM, { type: error.code, message: general });
}

/** `body.account.email` → `account.email`, when the form has a value there. */
function defaultField(serverField: string, values: Record<string, unknown>): string | undefined {
  const [source, ...path] = serverField.split('.');
  if (source !== 'body' || path.length === 0) return undefined;
  let value: unknown = values;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return path.join('.');
}
