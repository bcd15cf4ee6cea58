import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvRejectedDetails } from '#shared/api/error-codes';
import { ApiError } from '#web/api/client';
import { describeApiError, describeRowError } from '#web/api/errorMessages';
import { TableScroll } from '#web/components/TableScroll';
import { Field } from './Field';

type RowError = CsvRejectedDetails['errors'][number];

/** The rows a refused file's `csv_rejected` lists; none for any other failure. */
export function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const errors = error.detailsFor('csv_rejected')?.errors;
  return Array.isArray(errors) ? errors : [];
}

/** The state of the call that reads the file: a TanStack Query mutation has it. */
type Upload<Result> = { isPending: boolean; isError: boolean; error: unknown; data: Result | undefined };

type Texts = {
  file: string;
  text: string;
  textHint: string;
  submit: string;
  /** The button while the file is read; the submit text when left out. */
  submitting?: string;
  errorsCaption: string;
  row: string;
  column: string;
  problem: string;
};

type Props<Result> = {
  /** Prefix of the form's ids: `<id>-file`, `<id>-csv` (and its `-hint`), `<id>-errors`. */
  id: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  texts: Texts;
  /** What is said when the file was read. */
  done: (result: Result) => string;
  upload: Upload<Result>;
  /** Sends the chosen or pasted text; called only when it is not blank. */
  onImport: (csv: string) => void;
  rows?: number;
};

/**
 * A CSV file to read in, chosen or pasted: the server checks the whole file
 * first, and a refused file lists its problems by row (row, column, problem)
 * while nothing is saved.
 */
export function CsvImportForm<Result>({ id, labelledBy, texts, done, upload, onImport, rows }: Props<Result>) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const rowErrors = rowErrorsOf(upload.error);

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (csv.trim()) onImport(csv);
  }

  return (
    <>
      <form className="form" onSubmit={submit} aria-labelledby={labelledBy}>
        <Field id={`${id}-file`} label={texts.file}>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={pickFile} />
        </Field>
        <Field id={`${id}-csv`} label={texts.text} hint={texts.textHint}>
          <textarea
            id={`${id}-csv`}
            aria-describedby={`${id}-csv-hint`}
            className="field__input textarea"
            rows={rows}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            spellCheck={false}
          />
        </Field>
        <button type="submit" className="button" disabled={upload.isPending || !csv.trim()}>
          {upload.isPending ? (texts.submitting ?? texts.submit) : texts.submit}
        </button>
      </form>
      <div role="status">{upload.data !== undefined && <p className="status-message">{done(upload.data)}</p>}</div>
      <div role="alert">{upload.isError && <p className="field__error">{describeApiError(upload.error, t)}</p>}</div>
      {rowErrors.length > 0 && (
        <TableScroll labelledBy={`${id}-errors`}>
          <table className="data-table">
            <caption id={`${id}-errors`}>{texts.errorsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.row}</th>
                <th scope="col">{texts.column}</th>
                <th scope="col">{texts.problem}</th>
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
    </>
  );
}
