import { useTranslation } from 'react-i18next';
import { REGISTER_CSV_COLUMNS } from '#shared/api/external-audits';
import { CsvImportForm } from '#web/forms/CsvImportForm';
import { registerCalls, useRegisterChange } from './auditsApi';

/** Reads a register file (docs/audit-register-csv.md); a refused file lists its problems by row and nothing is saved. */
export function RegisterImport({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation('auditRegister');
  const upload = useRegisterChange(registerCalls.importCsv);

  return (
    <section aria-labelledby="register-import-heading" className="register-import">
      <h2 id="register-import-heading">{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <p>
        {t('import.columns')}: <code className="register-columns">{REGISTER_CSV_COLUMNS.join(',')}</code>
      </p>
      <CsvImportForm
        id="register"
        labelledBy="register-import-heading"
        rows={6}
        texts={{
          file: t('import.file'),
          text: t('import.text'),
          textHint: t('import.textHint'),
          submit: t('import.submit'),
          submitting: t('import.submitting'),
          errorsCaption: t('import.errorsCaption'),
          row: t('import.row'),
          column: t('import.column'),
          problem: t('import.problem'),
        }}
        done={(result) => t('import.done', result)}
        upload={upload}
        onImport={(csv) => upload.mutate({ organisationId, csv })}
      />
    </section>
  );
}
