import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvRejectedDetails } from '#shared/api/error-codes';
import { REGISTER_CSV_COLUMNS } from '#shared/api/external-audits';
import { ApiError } from '#web/api/client';
import { describeApiError, describeRowError } from '#web/api/errorMessages';
import { TableScroll } from '#web/components/TableScroll';
import { Field } from '#web/forms/Field';
import { registerCalls, useRegisterChange } from './auditsApi';

type RowError = CsvRejectedDetails['errors'][number];

function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const errors = error.detailsFor('csv_rejected')?.errors;
  return Array.isArray(errors) ? errors : [];
}

/** Reads a register file (docs/audit-register-csv.md); a refused file lists its problems by row and nothing is saved. */
export function RegisterImport({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation('auditRegister');
  const { t: tCommon } = useTranslation();
  const [csv, setCsv] = useState('');
  const upload = useRegisterChange(registerCalls.importCsv);
  const rowErrors = rowErrorsOf(upload.error);

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (csv.trim()) upload.mutate({ organisationId, csv });
  }

  return (
    <section aria-labelledby="register-import-heading" className="register-import">
      <h2 id="register-import-heading">{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <p>
        {t('import.columns')}: <code className="register-columns">{REGISTER_CSV_COLUMNS.join(',')}</code>
      </p>
      <form className="form" onSubmit={submit} aria-labelledby="register-import-heading">
        <Field id="register-file" label={t('import.file')}>
          <input id="register-file" type="file" accept=".csv,text/csv" onChange={pickFile} />
        </Field>
        <Field id="register-csv" label={t('import.text')} hint={t('import.textHint')}>
          <textarea
            id="register-csv"
            aria-describedby="register-csv-hint"
            className="field__input textarea"
            rows={6}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            spellCheck={false}
          />
        </Field>
        <button type="submit" className="button" disabled={upload.isPending || !csv.trim()}>
          {upload.isPending ? t('import.submitting') : t('import.submit')}
        </button>
      </form>
      <div role="status">{upload.data && <p className="status-message">{t('import.done', upload.data)}</p>}</div>
      <div role="alert">{upload.isError && <p className="field__error">{describeApiError(upload.error, tCommon)}</p>}</div>
      {rowErrors.length > 0 && (
        <TableScroll labelledBy="register-import-errors">
          <table className="data-table">
            <caption id="register-import-errors">{t('import.errorsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {rowErrors.map((error, index) => (
                <tr key={`${error.row}-${index}`}>
                  <td>{error.row}</td>
                  <td>{error.column ?? ''}</td>
                  <td>{describeRowError(error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
