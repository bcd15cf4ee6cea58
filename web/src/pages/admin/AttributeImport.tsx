import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '#web/api/client';
import { describeApiError, describeRowError } from '#web/api/errorMessages';
import type { CsvRejectedDetails } from '#shared/api/error-codes';
import { Field } from '#web/forms/Field';
import { importAttributes } from './adminApi';
import { DataTable } from './DataTable';

type RowError = CsvRejectedDetails['errors'][number];

function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const errors = error.detailsFor('csv_rejected')?.errors;
  return Array.isArray(errors) ? errors : [];
}

/** Upload code,attribute,value CSV; a refused file lists its problems by row and nothing is saved. */
export function AttributeImport() {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const [csv, setCsv] = useState('');
  const upload = useMutation({ mutationFn: importAttributes });
  const rowErrors = rowErrorsOf(upload.error);

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (csv.trim()) upload.mutate(csv);
  }

  return (
    <>
      <p>{t('attributes.intro')}</p>
      <form className="form" onSubmit={submit} aria-labelledby="attribute-import-heading">
        <Field id="attribute-file" label={t('attributes.file')}>
          <input id="attribute-file" type="file" accept=".csv,text/csv" onChange={pickFile} />
        </Field>
        <Field id="attribute-csv" label={t('attributes.text')} hint={t('attributes.textHint')}>
          <textarea
            id="attribute-csv"
            aria-describedby="attribute-csv-hint"
            className="field__input textarea"
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            spellCheck={false}
          />
        </Field>
        <button type="submit" className="button" disabled={upload.isPending || !csv.trim()}>
          {t('attributes.submit')}
        </button>
      </form>
      <div role="status">{upload.data && <p className="status-message">{t('attributes.done', upload.data)}</p>}</div>
      <div role="alert">{upload.isError && <p className="field__error">{describeApiError(upload.error, tCommon)}</p>}</div>
      {rowErrors.length > 0 && (
        <DataTable caption={t('attributes.errorsCaption')} columns={[t('attributes.row'), t('attributes.column'), t('attributes.problem')]}>
          {rowErrors.map((error, index) => (
            <tr key={`${error.row}-${index}`}>
              <td>{error.row}</td>
              <td>{error.column ?? ''}</td>
              <td>{describeRowError(error)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
