import { lazy, Suspense, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES } from '#shared/api/organisation-types';
import { RESPONSE_STATUSES } from '#shared/api/response-statuses';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { Pagination } from '#web/components/Pagination';
import { QueryStatus } from '#web/components/QueryStatus';
import { Field } from '#web/forms/Field';
import { SelectField } from '#web/forms/SelectField';
import { DataTable } from '#web/pages/admin/DataTable';
import { FilterForm, useFilters } from '#web/pages/admin/FilterForm';
import { formatTimestamp } from '#web/pages/admin/format';
import { usePagedList } from '#web/pages/admin/usePagedList';
import { useCounties } from '#web/pages/admin/useOrganisations';
import { InvitationActions } from './InvitationActions';
import { ReopenForm } from './ReopenForm';
import { roundQueries, type Monitor, type MonitorOrganisation, type Round, type OnStatus } from './roundAdminApi';
import { TimelineTable } from './TimelineTable';

// Loaded only when the monitor has a timeline to draw.
const ResponseRateChart = lazy(() => import('./ResponseRateChart'));

type Props = { round: Round; onStatus: OnStatus };
type RowProps = Props & { organisation: MonitorOrganisation; monitor: Monitor; onWithdrawn: () => void };

export function MonitorSection({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const filters = useFilters({ status: '', county: '', type: '', q: '' });
  // A withdrawn organisation's row goes away with the focused button: the list's heading takes focus instead.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const {
    query: monitor,
    pagination,
    paged,
  } = usePagedList(
    (page) => roundQueries.monitorPage(round.year, { ...filters.applied, ...page }),
    (data) => data.matching,
  );
  return (
    <section aria-labelledby="monitor-title" className="round-section">
      <h2 id="monitor-title">{t('monitor.title')}</h2>
      <button type="button" className="button button--secondary button--small" onClick={() => void monitor.refetch()}>
        {t('monitor.refresh')}
      </button>
      <QueryStatus query={monitor} />
      {monitor.data && <MonitorSummary monitor={monitor.data} />}
      <OrganisationFilters filters={filters} headingRef={headingRef} />
      {paged && <Pagination {...pagination} />}
      {monitor.data && (
        <OrganisationTable
          monitor={monitor.data}
          busy={monitor.isPlaceholderData}
          round={round}
          onStatus={onStatus}
          onWithdrawn={() => headingRef.current?.focus()}
        />
      )}
    </section>
  );
}

function MonitorSummary({ monitor }: { monitor: Monitor }) {
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
    </>
  );
}

type Filters = ReturnType<typeof useFilters<{ status: string; county: string; type: string; q: string }>>;

/** Status, county, type and a name or code: applied with one button, kept in the address (Back and shared links restore them). */
function OrganisationFilters({ filters, headingRef }: { filters: Filters; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation('rounds');
  const { t: tAdmin } = useTranslation('admin');
  const counties = useCounties();
  return (
    <>
      <h3 id="monitor-organisations-title" ref={headingRef} tabIndex={-1}>
        {t('monitor.organisationsTitle')}
      </h3>
      <FilterForm aria-labelledby="monitor-organisations-title" onApply={filters.apply}>
        <Field id="monitor-search" label={t('monitor.search')}>
          <input
            id="monitor-search"
            type="search"
            className="field__input"
            value={filters.draft.q}
            onChange={(e) => filters.set('q', e.target.value)}
          />
        </Field>
        <SelectField
          id="monitor-status"
          label={t('monitor.showStatus')}
          value={filters.draft.status}
          onChange={(value) => filters.set('status', value)}
        >
          <option value="">{t('monitor.allStatuses')}</option>
          {RESPONSE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`progress.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="monitor-county"
          label={tAdmin('organisations.county')}
          value={filters.draft.county}
          onChange={(value) => filters.set('county', value)}
        >
          <option value="">{tAdmin('filters.all')}</option>
          {counties.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="monitor-type"
          label={tAdmin('organisations.type')}
          value={filters.draft.type}
          onChange={(value) => filters.set('type', value)}
        >
          <option value="">{tAdmin('filters.all')}</option>
          {ORGANISATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {tAdmin(`organisations.types.${type}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
    </>
  );
}

function OrganisationTable({ monitor, busy, round, onStatus, onWithdrawn }: { monitor: Monitor; busy: boolean; onWithdrawn: () => void } & Props) {
  const { t } = useTranslation('rounds');
  return (
    <DataTable
      busy={busy}
      caption={t('monitor.caption', { count: monitor.matching, total: monitor.totals.invited })}
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
      {monitor.organisations.map((organisation) => (
        <OrganisationRow
          key={organisation.id}
          organisation={organisation}
          monitor={monitor}
          round={round}
          onStatus={onStatus}
          onWithdrawn={onWithdrawn}
        />
      ))}
    </DataTable>
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
      <td>{o.lastActivityAt ? `${formatTimestamp(o.lastActivityAt, i18n.language)}${o.lastActivityBy ? ` (${o.lastActivityBy})` : ''}` : '–'}</td>
      <td>{o.lastReminderAt ? formatTimestamp(o.lastReminderAt, i18n.language) : '–'}</td>
      <td>{o.respondents}</td>
      <td>
        {o.status === 'submitted' && round.acceptingAnswers && <ReopenForm round={round} organisation={o} onStatus={onStatus} />}
        {invitationsChangeable && o.status !== 'submitted' && (
          <InvitationActions round={round} organisation={o} onStatus={onStatus} onWithdrawn={onWithdrawn} />
        )}
      </td>
    </tr>
  );
}
