import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { QueryStatus } from '../../../components/QueryStatus';
import { usePageTitle } from '../../../components/usePageTitle';
import { SelectField } from '../../../forms/SelectField';
import { TextField } from '../../../forms/TextField';
import { useActionProblem } from '../../../forms/useActionProblem';
import { AdminNav } from '../AdminNav';
import { DataTable } from '../DataTable';
import { formatTimestamp } from '../format';
import { BankVersionEditor } from './BankVersionEditor';
import { copyBankVersion, roundKeys, roundQueries } from './roundAdminApi';
import './rounds.css';

const VERSION_PATTERN = /^\d{4}\.\d+$/;

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

function CopyForm({ versions, onStatus, onCopied }: CopyFormProps) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const [from, setFrom] = useState(versions[0] ?? '');
  const [version, setVersion] = useState(`${new Date().getFullYear() + 1}.1`);
  const { problem, refuse, attempt } = useActionProblem();
  const copy = useMutation({ mutationFn: () => copyBankVersion(from, version.trim()) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!VERSION_PATTERN.test(version.trim())) return refuse(t('bank.versionInvalid'));
    await attempt(async () => {
      await copy.mutateAsync();
      await queryClient.invalidateQueries({ queryKey: roundKeys.bankVersions });
      onStatus(t('bank.copied', { from, version: version.trim() }));
      onCopied(version.trim());
    });
  }

  return (
    <section aria-labelledby="copy-title" className="round-section">
      <h2 id="copy-title">{t('bank.copyTitle')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <SelectField id="copy-from" label={t('bank.copyFrom')} value={from} onChange={setFrom}>
          {versions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </SelectField>
        <TextField
          id="copy-version"
          label={t('bank.newVersion')}
          hint={t('bank.newVersionHint')}
          value={version}
          onChange={setVersion}
          autoComplete="off"
          error={problem}
        />
        <button type="submit" className="button" disabled={copy.isPending}>
          {t('bank.copy')}
        </button>
      </form>
    </section>
  );
}
