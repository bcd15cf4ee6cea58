import type { ReactNode, Ref } from 'react';
import { controlProps, Field } from './Field';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  selectRef?: Ref<HTMLSelectElement>;
  children: ReactNode;
  hint?: string;
  error?: string;
  required?: boolean;
};

/** A labelled native select (keyboard and screen-reader friendly as is), in the same frame as TextField. */
export function SelectField({ id, label, value, onChange, onBlur, selectRef, children, hint, error, required = false }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select ref={selectRef} {...controlProps(id, { value, onChange, onBlur, required, hint, error })}>
        {children}
      </select>
    </Field>
  );
}
