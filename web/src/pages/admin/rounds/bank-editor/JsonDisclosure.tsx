import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { questionBankFileSchema } from '#shared/question-bank/schema';
import { Field, fieldAria } from '#web/forms/Field';
import { toDocument, toDraft, type BankDraft } from './draft';

type Props = { version: string; readOnly: boolean; onLoad: (draft: BankDraft) => void };

const ID = 'bank-json';

/**
 * The whole version in the bank file format, for changes the form does not
 * offer (removing or reordering options). While open, it shows the form's
 * state until edited (only then does it watch the whole form); loading checks it with the bank schema and replaces the form's
 * state, which is then saved as usual.
 */
export function JsonDisclosure({ version, readOnly, onLoad }: Props) {
  const { t } = useTranslation('bankEditor');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string>();
  const [problem, setProblem] = useState<string>();

  function load() {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text ?? '');
    } catch {
      return setProblem(t('json.invalid'));
    }
    const result = questionBankFileSchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      return setProblem(t('json.notBank', { problem: `${issue.path.join('.')}: ${issue.message}` }));
    }
    if (result.data.version !== version) return setProblem(t('json.wrongVersion', { version }));
    setProblem(undefined);
    setText(undefined);
    onLoad(toDraft(result.data));
  }

  return (
    <details className="bank-json" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('json.summary')}</summary>
      {open && (
        <>
          <p>{t('json.intro')}</p>
          <Field id={ID} label={t('json.label')} error={problem}>
            <JsonText text={text} readOnly={readOnly} problem={problem} onChange={setText} />
          </Field>
          {!readOnly && (
            <button type="button" className="button button--secondary" onClick={load} disabled={text === undefined}>
              {t('json.load')}
            </button>
          )}
        </>
      )}
    </details>
  );
}

type JsonTextProps = { text: string | undefined; readOnly: boolean; problem: string | undefined; onChange: (text: string) => void };

/** The text being edited, or the form's current state in the bank file format: mounted only while the disclosure is open. */
function JsonText({ text, readOnly, problem, onChange }: JsonTextProps) {
  const draft = useWatch<BankDraft>();
  return (
    <textarea
      id={ID}
      className="field__input textarea"
      rows={20}
      spellCheck={false}
      readOnly={readOnly}
      value={text ?? JSON.stringify(toDocument(draft as BankDraft), null, 2)}
      onChange={(event) => onChange(event.target.value)}
      {...fieldAria(ID, { error: problem })}
    />
  );
}
