import type { ChangeEvent, ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The field's own problem, shown above the control. */
  error?: string | undefined;
  /** Marked invalid also when a problem shown elsewhere concerns it; by default when it has an error. */
  invalid?: boolean;
  children: ReactNode;
};

/**
 * The frame of every labelled control: label, hint and error come before the
 * control, so they are read first; the control inside takes its aria from
 * fieldAria() with the same id, which is what ties hint and error to it.
 */
export function Field({ id, label, hint, error, invalid = Boolean(error), children }: FieldProps) {
  return (
    <div className={invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

type AriaInput = {
  hint?: string | undefined;
  error?: string | undefined;
  /** Ids of problems shown elsewhere (e.g. in the error summary) that concern this field. */
  problemIds?: string[];
};

/** aria-describedby and aria-invalid for the control inside <Field id>: both left out when there is nothing to say. */
export function fieldAria(id: string, { hint, error, problemIds = [] }: AriaInput) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...problemIds].filter(Boolean).join(' ');
  const invalid = Boolean(error) || problemIds.length > 0;
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined };
}

type BoundControl = AriaInput & {
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
};

/**
 * What a text-valued control (input, textarea, select) inside <Field id>
 * takes: its id as id and name, its value and change, and its aria from
 * fieldAria().
 */
export function controlProps(id: string, { value, onChange, onBlur, required, className = 'field__input', ...aria }: BoundControl) {
  return {
    id,
    name: id,
    className,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange(event.target.value),
    onBlur,
    required,
    ...fieldAria(id, aria),
  };
}
