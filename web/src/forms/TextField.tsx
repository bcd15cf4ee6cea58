import type { HTMLInputAutoCompleteAttribute, Ref } from 'react';
import { controlProps, Field, fieldAria } from './Field';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  type?: 'text' | 'email' | 'password' | 'datetime-local' | 'date';
  autoComplete: HTMLInputAutoCompleteAttribute;
  hint?: string;
  /** The field's own problem, shown above the input. */
  error?: string;
  /** Ids of problems shown elsewhere (e.g. in the error summary) that concern this field. */
  describedByProblemIds?: string[];
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'numeric';
  className?: string;
  /** Off for codes and keys; by default only for non-text inputs. */
  spellCheck?: boolean;
};

/** A labelled input whose hint and error are announced with it (aria-describedby) and marked aria-invalid. */
export function TextField({
  id,
  label,
  value,
  onChange,
  onBlur,
  inputRef,
  type = 'text',
  autoComplete,
  hint,
  error,
  describedByProblemIds = [],
  required = true,
  readOnly,
  inputMode,
  className = 'field__input',
  spellCheck = type === 'text' ? undefined : false,
}: Props) {
  const aria = fieldAria(id, { hint, error, problemIds: describedByProblemIds });
  return (
    <Field id={id} label={label} hint={hint} error={error} invalid={Boolean(aria['aria-invalid'])}>
      <input
        ref={inputRef}
        {...controlProps(id, { value, onChange, onBlur, required, className, hint, error, problemIds: describedByProblemIds })}
        type={type}
        inputMode={inputMode}
        readOnly={readOnly}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
      />
    </Field>
  );
}

type TextAreaProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
  hint?: string;
  error?: string;
  required?: boolean;
  rows?: number;
};

/** A labelled multi-line text, in the same frame as TextField. */
export function TextArea({ id, label, value, onChange, onBlur, textareaRef, hint, error, required = true, rows }: TextAreaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea ref={textareaRef} {...controlProps(id, { value, onChange, onBlur, required, hint, error })} rows={rows} />
    </Field>
  );
}
