import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { describeApiError } from '../../../api/errorMessages';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { Field, fieldAria } from '../../../forms/Field';
import { fetchBankVersion, roundKeys, saveBankVersion } from './roundAdminApi';

type Props = { version: string; onStatus: (message: string) => void; onClose: () => void };

/**
 * Edits a whole version in the bank file format (texts in both languages,
 * follow-up scales, scoring rule). The server validates it with the same
 * schema as the seed file and names the first problem.
 */
export function BankVersionEditor({ version, onStatus, onClose }: Props) {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const document = useQuery({ queryKey: roundKeys.bankVersion(version), queryFn: ({ signal }) => fetchBankVersion(version, signal) });
  const [text, setText] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const save = useMutation({ mutationFn: (body: unknown) => saveBankVersion(version, body) });
  useEffect(() => headingRef.current?.focus(), []);
  const value = text ?? (document.data ? JSON.stringify(document.data, null, 2) : '');

  async function submit() {
    setProblem(undefined);
    let body: unknown;
    try {
      body = JSON.parse(value);
    } catch {
      return setProblem(t('bank.invalidJson'));
    }
    try {
      await save.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: roundKeys.bankVersion(version) });
      onStatus(t('bank.saved', { version }));
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : describeApiError(error, tCommon));
    }
  }

  return (
    <section aria-labelledby="editor-title" className="round-section">
      <h2 id="editor-title" ref={headingRef} tabIndex={-1}>
        {t('bank.editorTitle', { version })}
      </h2>
      <p>{t('bank.editorIntro')}</p>
      {document.isPending && <LoadingMessage />}
      <Field id="bank-json" label={t('bank.document')} error={problem}>
        <textarea
          id="bank-json"
          className="field__input textarea"
          rows={24}
          spellCheck={false}
          value={value}
          onChange={(e) => setText(e.target.value)}
          {...fieldAria('bank-json', { error: problem })}
        />
      </Field>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void submit()} disabled={save.isPending || !document.data}>
          {t('bank.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('bank.close')}
        </button>
      </div>
    </section>
  );
}
