import { lazy, Suspense, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { QueryStatus } from '../../../components/QueryStatus';
import { SelectField } from '../../../forms/SelectField';
import { DataTable } from '../DataTable';
import { formatTimestamp } from '../format';
import { InvitationActions } from './InvitationActions';
import { ReopenForm } from './ReopenForm';
import { fetchMonitor, roundKeys, type Monitor, type MonitorOrganisation, type Round, type OnStatus } from './roundAdminApi';
import { TimelineTable } from './TimelineTable';

// Recharts is large: loaded only when the monitor is shown, never with the survey.
const ResponseRateChart = lazy(() => import('./ResponseRateChart'));

type Props = { round: Round; onStatus: OnStatus };
type RowProps = Props & { organisation: MonitorOrganisation; monitor: Monitor; onWithdrawn: () => void };
const STATUSES = ['not_started', 'draft', 'submitted'] as const;

export function MonitorSection({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const monitor = useQuery({ queryKey: roundKeys.monitor(round.year), queryFn: ({ signal }) => fetchMonitor(round.year, signal) });
  return (
    <section aria-labelledby="monitor-title" className="round-section">
      <h2 id="monitor-title">{t('monitor.title')}</h2>
      <button type="button" className="button button--secondary button--small" onClick={() => void monitor.refetch()}>
        {t('monitor.refresh')}
      </button>
      <QueryStatus query={monitor} />
      {monitor.data && <MonitorContent monitor={monitor.data} round={round} onStatus={onStatus} />}
    </section>
  );
}

function MonitorContent({ monitor, round, onStatus }: { monitor: Monitor } & Props) {
  const { t, i18n } = useTranslation('rounds');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(monitor.totals.responseRate);
  return (
    <>
      <ul className="round-totals" data-testid="monitor-totals">
        <li>
          <strong>{monitor.totals.invited}</strong> {t('monitor.totals.invited')}
        </li>
        <li>
          <strong>{monitor.totals.submitted}</strong> {t('monitor.totals.submitted')}
        </li>
        <li>
          <strong>{monitor.totals.draft}</strong> {t('monitor.totals.draft')}
        </li>
        <li>
          <strong>{monitor.totals.notStarted}</strong> {t('monitor.totals.notStarted')}
        </li>
        <li>
          <strong>{percent}</strong> {t('monitor.totals.responseRate')}
        </li>
      </ul>
      <h3>{t('monitor.timelineTitle')}</h3>
      {monitor.timeline.length === 0 ? (
        <p>{t('monitor.timelineEmpty')}</p>
      ) : (
        <>
          <Suspense fallback={<LoadingMessage />}>
            <ResponseRateChart timeline={monitor.timeline} invited={monitor.totals.invited} />
          </Suspense>
          <details>
            <summary>{t('monitor.timelineTableToggle')}</summary>
            <TimelineTable timeline={monitor.timeline} invited={monitor.totals.invited} />
          </details>
        </>
      )}
      <OrganisationTable monitor={monitor} round={round} onStatus={onStatus} />
    </>
  );
}

function OrganisationTable({ monitor, round, onStatus }: { monitor: Monitor } & Props) {
  const { t } = useTranslation('rounds');
  const [status, setStatus] = useState('');
  // A withdrawn organisation's row goes away with the focused button: the list's heading takes focus instead.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = status ? monitor.organisations.filter((o) => o.status === status) : monitor.organisations;
  return (
    <>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('monitor.organisationsTitle')}
      </h3>
      <div className="filters">
        <SelectField id="monitor-status" label={t('monitor.showStatus')} value={status} onChange={setStatus}>
          <option value="">{t('monitor.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`progress.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <DataTable
        caption={t('monitor.caption', { shown: rows.length, total: monitor.organisations.length })}
        columns={[
          t('monitor.columns.organisation'),
          t('monitor.columns.status'),
          t('monitor.columns.areas'),
          t('monitor.columns.lastActivity'),
          t('monitor.columns.lastReminder'),
          t('monitor.columns.respondents'),
          t('monitor.columns.actions'),
        ]}
        testId="monitor-table"
      >
        {rows.map((organisation) => (
          <OrganisationRow
            key={organisation.id}
            organisation={organisation}
            monitor={monitor}
            round={round}
            onStatus={onStatus}
            onWithdrawn={() => headingRef.current?.focus()}
          />
        ))}
      </DataTable>
    </>
  );
}

function OrganisationRow({ organisation: o, monitor, round, onStatus, onWithdrawn }: RowProps) {
  const { t, i18n } = useTranslation('rounds');
  const invitationsChangeable = round.state === 'draft' || round.state === 'open';
  return (
    <tr data-code={o.code}>
      <th scope="row">
        {o.name} <span className="muted">{o.code}</span>
        {!o.contactEmail && <div className="muted">{t('monitor.noContact')}</div>}
      </th>
      <td>{t(`progress.${o.status}`)}</td>
      <td>{t('monitor.areasOf', { answered: o.areasAnswered, total: monitor.areasTotal })}</td>
      <td>
        {o.lastActivityAt ? `${formatTimestamp(o.lastActivityAt, i18n.language)}${o.lastActivityBy ? ` (${o.lastActivityBy})` : ''}` : '–'}
      </td>
      <td>{o.lastReminderAt ? formatTimestamp(o.lastReminderAt, i18n.language) : '–'}</td>
      <td>{o.respondents}</td>
      <td>
        {o.status === 'submitted' && round.acceptingAnswers && <ReopenForm round={round} organisation={o} onStatus={onStatus} />}
        {invitationsChangeable && o.status !== 'submitted' && <InvitationActions round={round} organisation={o} onStatus={onStatus} onWithdrawn={onWithdrawn} />}
      </td>
    </tr>
  );
}
