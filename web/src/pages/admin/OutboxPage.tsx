import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/errorMessages';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { AdminNav } from './AdminNav';
import { adminKeys, fetchOutbox, type OutboxMessageView } from './adminApi';
import { formatDateTime } from './format';
import { SelectField } from '../../forms/SelectField';
import { Field } from '../../forms/Field';

const KINDS = ['invitation', 'roles_granted', 'password_reset'] as const;
type Filters = { to: string; kind: string };

export default function OutboxPage() {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('hub.outbox.title'));
  const [draft, setDraft] = useState<Filters>({ to: '', kind: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const outbox = useQuery({ queryKey: adminKeys.outbox(filters), queryFn: ({ signal }) => fetchOutbox(filters, signal) });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('hub.outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      <form role="search" aria-label={t('outbox.searchLabel')} className="filters" onSubmit={search}>
        <Field id="outbox-to" label={t('outbox.to')}>
          <input id="outbox-to" className="field__input" type="search" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </Field>
        <SelectField id="outbox-kind" label={t('outbox.kind')} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })}>
          <option value="">{t('filters.all')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`outbox.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </form>
      {outbox.isPending && <LoadingMessage />}
      {outbox.isError && <p className="field__error">{describeApiError(outbox.error, tCommon)}</p>}
      {outbox.data?.messages.length === 0 && <p>{t('outbox.empty')}</p>}
      {outbox.data?.messages.map((message) => <OutboxMessage key={message.id} message={message} />)}
    </div>
  );
}

function OutboxMessage({ message }: { message: OutboxMessageView }) {
  const { t, i18n } = useTranslation('admin');
  const kind = (KINDS as readonly string[]).includes(message.kind) ? t(`outbox.kinds.${message.kind as (typeof KINDS)[number]}`) : message.kind;
  const delivery = message.sentAt
    ? t('outbox.sent', { date: formatDateTime(message.sentAt, i18n.language) })
    : message.error
      ? t('outbox.failed', { error: message.error })
      : t('outbox.notSent');
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
