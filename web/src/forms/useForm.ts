import { useState } from 'react';
import type { FormProblem } from './ErrorSummary';

type FormLevelProblem<Field extends string> = {
  message: string;
  /** Fields the problem concerns (e.g. both for "wrong e-mail or password"): they are marked invalid. */
  fields?: Field[];
};

export type FormFailure<Field extends string> = {
  fieldErrors?: Partial<Record<Field, string>>;
  formProblem?: FormLevelProblem<Field>;
};

/**
 * State of a small form: values, per-field errors and one form-level problem,
 * the problem list for <ErrorSummary>, and props to spread on <TextField>.
 */
export function useForm<Field extends string>(initialValues: Record<Field, string>, options: { formProblemId?: string } = {}) {
  // Unique on the page: a page with two forms gives one of them its own id.
  const formProblemId = options.formProblemId ?? 'form-problem';
  const [values, setValues] = useState(initialValues);
  const [failure, setFailure] = useState<FormFailure<Field>>({});
  const [failedSubmits, setFailedSubmits] = useState(0);

  const fieldErrors: Partial<Record<Field, string>> = failure.fieldErrors ?? {};
  const problems: FormProblem[] = [
    ...(failure.formProblem ? [{ id: formProblemId, message: failure.formProblem.message, fieldId: failure.formProblem.fields?.[0] }] : []),
    ...(Object.entries(fieldErrors) as [Field, string | undefined][])
      .filter((entry): entry is [Field, string] => Boolean(entry[1]))
      .map(([field, message]) => ({ id: `${field}-problem`, message, fieldId: field })),
  ];

  return {
    values,
    problems,
    /** Pass to <ErrorSummary focusKey>: the summary takes focus after each failed submit. */
    focusKey: failedSubmits,
    setValue: (field: Field, value: string) => setValues((previous) => ({ ...previous, [field]: value })),
    fail: (next: FormFailure<Field>) => {
      setFailure(next);
      setFailedSubmits((count) => count + 1);
    },
    clearProblems: () => setFailure({}),
    fieldProps: (field: Field) => ({
      id: field,
      value: values[field],
      onChange: (value: string) => setValues((previous) => ({ ...previous, [field]: value })),
      error: fieldErrors[field],
      describedByProblemIds: failure.formProblem?.fields?.includes(field) ? [formProblemId] : [],
    }),
  };
}

/** True when a validation result holds at least one error. */
export function hasErrors(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).some(Boolean);
}
