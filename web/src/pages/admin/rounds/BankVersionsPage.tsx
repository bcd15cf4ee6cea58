import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '#web/app/paths';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { z } from 'zod';
import { bankVersionKeySchema } from '#shared/api/round-admin';
import { describeApiError } from '#web/api/errorMessages';
import { Form, FormSelectField, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { AdminNav } from '#web/pages/admin/AdminNav';
import { DataTable } from '#web/pages/admin/DataTable';
import { formatTimestamp } from '#web/pages/admin/format';
import { BankVersionEditor } from './BankVersionEditor';
import { copyBankVersion, roundKeys, roundQueries } from './roundAdminApi';
import './rounds.css';

/**
 * Question-bank versions: copy the newest, edit it until a round opens on it.
 * The version being edited is in the address (?version=2027.1), so a reload
 * keeps it open and leaving it with unsaved changes can be caught.
 */
export default function BankVersionsPage() {
  const { t, i18n } = useTranslation('rounds');
  const { t: tEditor } = useTranslation('bankEditor');
  usePageTitle(t('bank.title'));
  const [status, setStatus] = useState('');
  const [searchParams, setSearchParams] = useSearchParams();
  const editing = searchParams.get('version')?.match(VERSION_PATTERN)?.[0];
  const setEditing = (version: string | undefined) => setSearchParams(version ? { version } : {});
  const versions = useQuery(roundQueries.bankVersions());
  const editingSummary = versions.data?.versions.find((v) => v.version === editing);
  useFocusReturnsToRow(editing);

  return (
    <div className="page">
      <AdminNav />
      <p>
        <Link to={paths.adminRounds}>{t('round.backToList')}</Link>
      </p>
      <h1>{t('bank.title')}</h1>
      <p>{t('bank.intro')}</p>
      <p role="status" className="status-message">
        {status}
      </p>
      <QueryStatus query={versions} />
      {versions.data && (
        <DataTable
          caption={t('bank.caption')}
          columns={[t('bank.columns.version'), t('bank.columns.created'), t('bank.columns.rounds'), t('bank.columns.state')]}
        >
          {versions.data.versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">{v.version}</th>
              <td>{formatTimestamp(v.createdAt, i18n.language)}</td>
              <td>{v.rounds.join(', ') || '–'}</td>
              <td>
                {v.frozenAt && <p className="bank-frozen">{t('bank.frozen', { at: formatTimestamp(v.frozenAt, i18n.language) })}</p>}
                <button id={`bank-open-${v.version}`} type="button" className="button button--small" onClick={() => setEditing(v.version)}>
                  {v.frozenAt ? tEditor('view', { version: v.version }) : t('bank.edit', { version: v.version })}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {editing && versions.data && (
        <BankVersionEditor key={editing} version={editing} frozen={Boolean(editingSummary?.frozenAt)} onClose={() => setEditing(undefined)} />
      )}
      {versions.data && <CopyForm versions={versions.data.versions.map((v) => v.version)} onStatus={setStatus} onCopied={setEditing} />}
    </div>
  );
}

/** When the editor closes, focus goes back to the button that opened it. */
function useFocusReturnsToRow(editing: string | undefined) {
  const lastEditing = useRef(editing);
  useEffect(() => {
    if (!editing && lastEditing.current) document.getElementById(`bank-open-${lastEditing.current}`)?.focus();
    lastEditing.current = editing;
  }, [editing]);
}

type CopyFormProps = { versions: string[]; onStatus: (message: string) => void; onCopied: (version: string) => void };

const VERSION_PATTERN = /^\d{4}\.\d+$/;

/** The shared request schema, over the typed version (spaces around it are not part of it). */
const copySchema = z.object({ from: bankVersionKeySchema, version: z.string().trim().pipe(bankVersionKeySchema) });

function CopyForm({ versions, onStatus, onCopied }: CopyFormProps) {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(copySchema, { from: versions[0] ?? '', version: `${new Date().getFullYear() + 1}.1` });
  const copy = useMutation({ mutationFn: ({ from, version }: z.output<typeof copySchema>) => copyBankVersion(from, version) });

  async function submit(body: z.output<typeof copySchema>) {
    try {
      await copy.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: roundKeys.bankVersions });
      onStatus(t('bank.copied', body));
      onCopied(body.version);
    } catch (error) {
      showServerError(form, error, {
        own: (refusal) => (refusal.code === 'bank_version_exists' ? { field: 'version', message: describeApiError(refusal, tCommon) } : undefined),
      });
    }
  }

  return (
    <section aria-labelledby="copy-title" className="round-section">
      <h2 id="copy-title">{t('bank.copyTitle')}</h2>
      <Form form={form} onSubmit={submit} summaryId="copy-error-summary" fieldPrefix="copy-">
        <FormSelectField name="from" label={t('bank.copyFrom')}>
          {versions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </FormSelectField>
        <FormTextField name="version" label={t('bank.newVersion')} hint={t('bank.newVersionHint')} autoComplete="off" />
        <button type="submit" className="button" disabled={copy.isPending}>
          {t('bank.copy')}
        </button>
      </Form>
    </section>
  );
}
