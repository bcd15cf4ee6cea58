import type { HTMLInputAutoCompleteAttribute } from 'react';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete: HTMLInputAutoCompleteAttribute;
  hint?: string;
  /** The field's own problem, shown above the input. */
  error?: string;
  /** Ids of problems shown elsewhere (e.g. in the error summary) that concern this field. */
  describedByProblemIds?: string[];
  required?: boolean;
};

/** A labelled input whose hint and error are announced with it (aria-describedby) and marked aria-invalid. */
export function TextField({ id, label, value, onChange, type = 'text', autoComplete, hint, error, describedByProblemIds = [], required = true }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, ...describedByProblemIds].filter(Boolean).join(' ');
  const invalid = Boolean(error) || describedByProblemIds.length > 0;
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={id}
        className="field__input"
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        spellCheck={type === 'text' ? undefined : false}
      />
    </div>
  );
}
