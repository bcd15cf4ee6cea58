import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { Pagination } from '#web/components/Pagination';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { Field } from '#web/forms/Field';
import { SelectField } from '#web/forms/SelectField';
import { AdminNav } from './AdminNav';
import { adminKeys, adminQueries, retryOutboxMessage, type OutboxMessageView } from './adminApi';
import { FilterForm, useFilters } from './FilterForm';
import { formatTimestamp } from './format';
import { usePagedList } from './usePagedList';

const KINDS = ['invitation', 'roles_granted', 'password_reset', 'round_invitation', 'round_reminder'] as const;

export default function OutboxPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('hub.outbox.title'));
  const filters = useFilters({ to: '', kind: '' });
  const {
    query: outbox,
    pagination,
    paged,
  } = usePagedList(
    (page) => adminQueries.outbox({ ...filters.applied, ...page }),
    (data) => data.total,
  );

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      <FilterForm aria-label={t('outbox.searchLabel')} onApply={filters.apply}>
        <Field id="outbox-to" label={t('outbox.to')}>
          <input id="outbox-to" className="field__input" type="search" value={filters.draft.to} onChange={(e) => filters.set('to', e.target.value)} />
        </Field>
        <SelectField id="outbox-kind" label={t('outbox.kind')} value={filters.draft.kind} onChange={(kind) => filters.set('kind', kind)}>
          <option value="">{t('filters.all')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`outbox.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
      </FilterForm>
      <QueryStatus query={outbox} />
      {paged && <Pagination {...pagination} />}
      {outbox.data?.messages.length === 0 && <p>{t('outbox.empty')}</p>}
      <div aria-busy={outbox.isPlaceholderData || undefined} className="paged-list">
        {outbox.data?.messages.map((message) => (
          <OutboxMessage key={message.id} message={message} smtp={outbox.data.smtp} />
        ))}
      </div>
    </div>
  );
}

type AdminT = ReturnType<typeof useTranslation<'admin'>>['t'];

/** The delivery status in words: when, how many attempts, the next try or the last error. */
function deliveryText(message: OutboxMessageView, smtp: boolean, t: AdminT, language: string): string {
  const date = (iso: string | null) => formatTimestamp(iso, language);
  switch (message.status) {
    case 'sent':
      return t('outbox.sent', { date: date(message.sentAt) });
    case 'cancelled':
      return t('outbox.cancelled', { date: date(message.cancelledAt) });
    case 'failed':
      return t('outbox.failed', { date: date(message.failedAt), count: message.attempts, error: message.error ?? '' });
    case 'retrying':
      return t('outbox.retrying', { count: message.attempts, date: date(message.nextAttemptAt), error: message.error ?? '' });
    case 'sending':
      return t('outbox.sending');
    case 'queued':
      return smtp ? t('outbox.queued') : t('outbox.notSent');
  }
}

/** Retry is offered where delivery can start again: given up, or waiting (e.g. written while SMTP was off). */
const RETRYABLE: readonly OutboxMessageView['status'][] = ['failed', 'retrying', 'queued'];

function RetryButton({ message }: { message: OutboxMessageView }) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryOutboxMessage(message.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.outbox }),
  });
  return (
    <p>
      <button type="button" className="button button--quiet" onClick={() => retry.mutate()} disabled={retry.isPending}>
        {message.status === 'failed' ? t('outbox.retry') : t('outbox.sendNow')}
      </button>
      <span role="status">
        {retry.isSuccess && ` ${t('outbox.retried')}`}
        {retry.isError && ` ${describeApiError(retry.error, tCommon)}`}
      </span>
    </p>
  );
}

function OutboxMessage({ message, smtp }: { message: OutboxMessageView; smtp: boolean }) {
  const { t, i18n } = useTranslation('admin');
  const kind = (KINDS as readonly string[]).includes(message.kind) ? t(`outbox.kinds.${message.kind as (typeof KINDS)[number]}`) : message.kind;
  const delivery = deliveryText(message, smtp, t, i18n.language);
  return (
    <article className="outbox-message" aria-labelledby={`mail-${message.id}`}>
      <h2 id={`mail-${message.id}`}>{message.subject}</h2>
      <dl>
        <dt>{t('outbox.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('outbox.kind')}</dt>
        <dd>{kind}</dd>
        <dt>{t('outbox.created')}</dt>
        <dd>{formatTimestamp(message.createdAt, i18n.language)}</dd>
        <dt>{t('outbox.delivery')}</dt>
        <dd>
          <span className={`delivery-status delivery-status--${message.status}`}>{t(`outbox.status.${message.status}`)}</span> {delivery}
        </dd>
      </dl>
      {smtp && RETRYABLE.includes(message.status) && <RetryButton message={message} />}
      <pre className="mail-body">{message.text}</pre>
    </article>
  );
}
