import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/Pagination';
import { QueryStatus } from '../../components/QueryStatus';
import { usePageTitle } from '../../components/usePageTitle';
import { Field } from '../../forms/Field';
import { SelectField } from '../../forms/SelectField';
import { AdminNav } from './AdminNav';
import { adminKeys, fetchOutbox, type OutboxMessageView } from './adminApi';
import { FilterForm, useFilters } from './FilterForm';
import { formatDateTime } from './format';
import { usePagedList } from './usePagedList';

const KINDS = ['invitation', 'roles_granted', 'password_reset', 'round_invitation', 'round_reminder'] as const;

export default function OutboxPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('hub.outbox.title'));
  const filters = useFilters({ to: '', kind: '' });
  const { query: outbox, pagination, paged } = usePagedList(
    (page) => adminKeys.outbox({ ...filters.applied, ...page }),
    (page, signal) => fetchOutbox({ ...filters.applied, ...page }, signal),
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
        {outbox.data?.messages.map((message) => <OutboxMessage key={message.id} message={message} />)}
      </div>
    </div>
  );
}

type AdminT = ReturnType<typeof useTranslation<'admin'>>['t'];

/** Sent wins: a delivery under way when the message was cancelled may still have gone out. */
function deliveryText(message: OutboxMessageView, t: AdminT, language: string): string {
  if (message.sentAt) return t('outbox.sent', { date: formatDateTime(message.sentAt, language) });
  if (message.cancelledAt) return t('outbox.cancelled', { date: formatDateTime(message.cancelledAt, language) });
  return message.error ? t('outbox.failed', { error: message.error }) : t('outbox.notSent');
}

function OutboxMessage({ message }: { message: OutboxMessageView }) {
  const { t, i18n } = useTranslation('admin');
  const kind = (KINDS as readonly string[]).includes(message.kind) ? t(`outbox.kinds.${message.kind as (typeof KINDS)[number]}`) : message.kind;
  const delivery = deliveryText(message, t, i18n.language);
  return (
    <article className="outbox-message" aria-labelledby={`mail-${message.id}`}>
      <h2 id={`mail-${message.id}`}>{message.subject}</h2>
      <dl>
        <dt>{t('outbox.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('outbox.kind')}</dt>
        <dd>{kind}</dd>
        <dt>{t('outbox.created')}</dt>
        <dd>{formatDateTime(message.createdAt, i18n.language)}</dd>
        <dt>{t('outbox.delivery')}</dt>
        <dd>{delivery}</dd>
      </dl>
      <pre className="mail-body">{message.text}</pre>
    </article>
  );
}
