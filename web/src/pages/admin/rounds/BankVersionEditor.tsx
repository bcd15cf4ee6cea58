import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '#web/components/QueryStatus';
import { BankForm } from '#web/pages/admin/rounds/bank-editor/BankForm';
import { roundQueries } from './roundAdminApi';
import './bank-editor/bankEditor.css';

type Props = { version: string; frozen: boolean; onClose: () => void };

/**
 * One question-bank version as a form: its texts in Swedish and English, the
 * answer options of the follow-ups and the scoring rule per area. A frozen
 * version (a round has opened on it) is shown read-only.
 */
export function BankVersionEditor({ version, frozen, onClose }: Props) {
  const { t } = useTranslation('bankEditor');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const document = useQuery(roundQueries.bankVersion(version));
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby="editor-title" className="round-section bank-editor">
      <h2 id="editor-title" ref={headingRef} tabIndex={-1}>
        {frozen ? t('readOnlyTitle', { version }) : t('title', { version })}
      </h2>
      <p>{frozen ? t('readOnlyIntro') : t('intro')}</p>
      <QueryStatus query={document} />
      {document.data ? (
        <BankForm initial={document.data} version={version} readOnly={frozen} onClose={onClose} />
      ) : (
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('actions.closeView')}
        </button>
      )}
    </section>
  );
}
