import { createContext, useContext } from 'react';
import { useController, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '#shared/scoring/rule';
import { controlProps, Field, fieldAria } from '#web/forms/Field';
import { TextField } from '#web/forms/TextField';
import type { Path } from './draft';
import { bankFieldId, groupProblemId, nameOf } from './problems';

export type EditorContextValue = { readOnly: boolean };

export const EditorContext = createContext<EditorContextValue>({ readOnly: true });

export const useEditor = () => useContext(EditorContext);

/** The message of the form's problem with the group `name` (a scale's options, an area's rule), if any. */
function useGroupProblem(name: string): string | undefined {
  const { getFieldState } = useFormContext();
  return getFieldState(name, useFormState({ name })).error?.message;
}

/** The id of a group's problem text, to add to its controls' aria-describedby. */
export function useGroupProblemIds(name: string): string[] {
  return useGroupProblem(name) ? [groupProblemId(name)] : [];
}

/** A group's problem, shown under its legend; its controls point at it with aria-describedby. */
export function GroupProblem({ name }: { name: string }) {
  const message = useGroupProblem(name);
  if (!message) return null;
  return (
    <p id={groupProblemId(name)} className="field__error">
      {message}
    </p>
  );
}

/** A field of the draft: its value, its change and its problem, by the draft path. */
function useBankField<V>(path: Path) {
  const name = nameOf(path);
  const { field, fieldState } = useController({ name });
  return { id: bankFieldId(name), value: field.value as V, onChange: field.onChange as (value: V) => void, error: fieldState.error?.message };
}

const BANK_LANGUAGES = ['sv', 'en'] as const;

type TextPairProps = {
  path: Path;
  label: string;
  multiline?: boolean;
  required?: boolean;
};

/** One bank text in Swedish and English, side by side where there is room. */
export function TextPair({ path, label, multiline = false, required = true }: TextPairProps) {
  const { t } = useTranslation('bankEditor');
  return (
    <div className="bank-pair">
      {BANK_LANGUAGES.map((language) => (
        <BankText
          key={language}
          path={[...path, language]}
          label={t('withLanguage', { label, language: t(`language.${language}`) })}
          language={language}
          multiline={multiline}
          required={required}
        />
      ))}
    </div>
  );
}

type BankTextProps = { path: Path; label: string; language: string; multiline: boolean; required: boolean };

function BankText({ path, label, language, multiline, required }: BankTextProps) {
  const { readOnly } = useEditor();
  const { id, value, onChange, error } = useBankField<string>(path);
  const control = { ...controlProps(id, { value, onChange, error, required: required && !readOnly }), lang: language, readOnly };
  return (
    <Field id={id} label={label} error={error}>
      {multiline ? <textarea rows={3} {...control} /> : <input type="text" autoComplete="off" {...control} />}
    </Field>
  );
}

type TextFieldProps = { path: Path; label: string; hint?: string; inputMode?: 'numeric'; className?: string };

/** A single-language text, e.g. a new option's key or the comment length. */
export function PlainText({ path, label, hint, inputMode, className }: TextFieldProps) {
  const { readOnly } = useEditor();
  const { id, value, onChange, error } = useBankField<string>(path);
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={onChange}
      autoComplete="off"
      spellCheck={false}
      readOnly={readOnly}
      required={!readOnly}
      inputMode={inputMode}
      className={className}
    />
  );
}

type LevelFieldProps = { path: Path; label: string; hint?: string; problemIds?: string[] };

/** A maturity level, 1–4: a select, or its value as read-only text in a frozen version. */
export function LevelField({ path, label, hint, problemIds = [] }: LevelFieldProps) {
  const { t } = useTranslation('bankEditor');
  const { readOnly } = useEditor();
  const { id, value, onChange, error } = useBankField<Level>(path);
  const aria = fieldAria(id, { hint, error, problemIds });
  return (
    <Field id={id} label={label} hint={hint} error={error} invalid={Boolean(aria['aria-invalid'])}>
      {readOnly ? (
        <input id={id} type="text" className="field__input bank-level" value={t('levels.option', { level: value })} readOnly {...aria} />
      ) : (
        <select
          id={id}
          name={id}
          className="field__input bank-level"
          value={String(value)}
          onChange={(event) => onChange(Number(event.target.value) as Level)}
          {...aria}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t('levels.option', { level })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
