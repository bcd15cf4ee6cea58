import { createContext, useContext, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '#shared/question-bank/schema';
import { LEVELS, type Level } from '#shared/scoring/rule';
import { Field, fieldAria } from '#web/forms/Field';
import { TextField } from '#web/forms/TextField';
import type { Path } from './draft';
import { fieldId, type PlacedProblem } from './problems';

export type EditorContextValue = {
  readOnly: boolean;
  /** Problems by errorKey: a field's id, or a group's. */
  problems: ReadonlyMap<string, PlacedProblem>;
  update: (path: Path, value: unknown) => void;
};

export const EditorContext = createContext<EditorContextValue>({ readOnly: true, problems: new Map(), update: () => undefined });

export const useEditor = () => useContext(EditorContext);

/** The id of a group's problem text (a scale, an area's rule), to add to its controls' aria-describedby. */
export function useGroupProblemIds(groupPath: Path): string[] {
  const { problems } = useEditor();
  const key = fieldId(groupPath);
  return problems.has(key) ? [`${key}-error`] : [];
}

/** A group's problem, shown under its legend; its controls point at it with aria-describedby. */
export function GroupProblem({ groupPath }: { groupPath: Path }) {
  const { problems } = useEditor();
  const key = fieldId(groupPath);
  const problem = problems.get(key);
  if (!problem) return null;
  return (
    <p id={`${key}-error`} className="field__error">
      {problem.message}
    </p>
  );
}

const BANK_LANGUAGES = ['sv', 'en'] as const;

type TextPairProps = {
  path: Path;
  value: LocalizedText;
  label: string;
  multiline?: boolean;
  required?: boolean;
};

/** One bank text in Swedish and English, side by side where there is room. */
export function TextPair({ path, value, label, multiline = false, required = true }: TextPairProps) {
  const { t } = useTranslation('bankEditor');
  return (
    <div className="bank-pair">
      {BANK_LANGUAGES.map((language) => (
        <BankText
          key={language}
          path={[...path, language]}
          value={value[language]}
          label={t('withLanguage', { label, language: t(`language.${language}`) })}
          language={language}
          multiline={multiline}
          required={required}
        />
      ))}
    </div>
  );
}

type BankTextProps = { path: Path; value: string; label: string; language: string; multiline: boolean; required: boolean };

function BankText({ path, value, label, language, multiline, required }: BankTextProps) {
  const { readOnly, problems, update } = useEditor();
  const id = fieldId(path);
  const error = problems.get(id)?.message;
  const control = {
    id,
    name: id,
    className: 'field__input',
    value,
    lang: language,
    readOnly,
    required: required && !readOnly,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => update(path, event.target.value),
    ...fieldAria(id, { error }),
  };
  return (
    <Field id={id} label={label} error={error}>
      {multiline ? <textarea rows={3} {...control} /> : <input type="text" autoComplete="off" {...control} />}
    </Field>
  );
}

type TextFieldProps = { path: Path; value: string; label: string; hint?: string; inputMode?: 'numeric'; className?: string };

/** A single-language text, e.g. a new option's key or the comment length. */
export function PlainText({ path, value, label, hint, inputMode, className }: TextFieldProps) {
  const { readOnly, problems, update } = useEditor();
  const id = fieldId(path);
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      error={problems.get(id)?.message}
      value={value}
      onChange={(next) => update(path, next)}
      autoComplete="off"
      spellCheck={false}
      readOnly={readOnly}
      required={!readOnly}
      inputMode={inputMode}
      className={className}
    />
  );
}

type LevelFieldProps = { path: Path; value: Level; label: string; hint?: string; problemIds?: string[] };

/** A maturity level, 1–4: a select, or its value as read-only text in a frozen version. */
export function LevelField({ path, value, label, hint, problemIds = [] }: LevelFieldProps) {
  const { t } = useTranslation('bankEditor');
  const { readOnly, problems, update } = useEditor();
  const id = fieldId(path);
  const error = problems.get(id)?.message;
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
          onChange={(event) => update(path, Number(event.target.value))}
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
