import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { ConfirmAction } from '#web/components/Confirm';
import { dateTimeFormat } from '#web/components/formatters';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { AdminNav } from '../AdminNav';
import './identity-providers.css';
import { IdentityProviderForm } from './IdentityProviderForm';
import { deleteIdentityProvider, identityProviderKeys, identityProvidersQuery, type IdentityProvider } from './identityProvidersApi';

/** Administrators configure the identity providers of federated sign-in (docs/decisions/0025). */
export default function IdentityProvidersPage() {
  const { t } = useTranslation('federation');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('admin.title'));
  const query = useQuery(identityProvidersQuery());
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const remove = useMutation({
    mutationFn: (provider: IdentityProvider) => deleteIdentityProvider(provider.id),
    onSuccess: async (_result, provider) => {
      await queryClient.invalidateQueries({ queryKey: identityProviderKeys.all });
      setMessage(t('admin.removed', { name: provider.name }));
      // The provider's item, and the button that had focus, are gone.
      listHeading.current?.focus();
    },
  });

  const done = (text: string | null) => {
    setEditing(null);
    if (text) setMessage(text);
  };

  return (
    <div className="page">
      <AdminNav />
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <p>{t('admin.guide')}</p>
      <div role="status">{message && <p>{message}</p>}</div>
      {remove.isError && <p role="alert">{describeApiError(remove.error, tCommon)}</p>}
      <QueryStatus query={query} />
      {query.data && (
        <>
          {!query.data.secretKeyConfigured && <p className="notice">{t('admin.noSecretKey')}</p>}
          <dl className="identity-provider__values">
            <dt>{t('admin.redirectUri')}</dt>
            <dd>
              <code>{query.data.oidcRedirectUri}</code>
            </dd>
          </dl>
          <h2 ref={listHeading} tabIndex={-1}>
            {t('admin.listHeading')}
          </h2>
          {query.data.providers.length === 0 && <p>{t('admin.empty')}</p>}
          <ul className="identity-providers">
            {query.data.providers.map((provider) =>
              editing === provider.id ? (
                <li key={provider.id}>
                  <IdentityProviderForm provider={provider} onDone={done} />
                </li>
              ) : (
                <li key={provider.id}>
                  <ProviderSummary
                    provider={provider}
                    onEdit={() => setEditing(provider.id)}
                    removing={remove.isPending}
                    onRemove={() => remove.mutate(provider)}
                  />
                </li>
              ),
            )}
          </ul>
          {editing === 'new' ? (
            <IdentityProviderForm onDone={done} />
          ) : (
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {t('admin.add')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

type SummaryProps = { provider: IdentityProvider; onEdit: () => void; onRemove: () => void; removing: boolean };

function ProviderSummary({ provider, onEdit, onRemove, removing }: SummaryProps) {
  const { t, i18n } = useTranslation('federation');
  const { t: tCommon } = useTranslation();
  const headingId = `idp-${provider.id}-name`;
  return (
    <article aria-labelledby={headingId} className="identity-provider">
      <h3 id={headingId}>{provider.name}</h3>
      <p>
        {t(`admin.kinds.${provider.kind}`)} · {provider.enabled ? t('admin.on') : t('admin.off')}
        {provider.mfaFromIdp && ` · ${t('admin.mfaOn')}`}
      </p>
      <dl>
        <dt>{t('admin.domains')}</dt>
        <dd>{provider.domains.join(', ')}</dd>
        {provider.oidc && (
          <>
            <dt>{t('admin.issuer')}</dt>
            <dd>
              <code>{provider.oidc.issuer}</code>
            </dd>
            <dt>{t('admin.clientId')}</dt>
            <dd>
              <code>{provider.oidc.clientId}</code>
            </dd>
            <dt>{t('admin.clientSecret')}</dt>
            <dd>{provider.oidc.clientSecretSet ? t('admin.secretStored') : t('admin.secretMissing')}</dd>
          </>
        )}
        {provider.saml && (
          <>
            <dt>{t('admin.ssoUrl')}</dt>
            <dd>
              <code>{provider.saml.ssoUrl}</code>
            </dd>
            <dt>{t('admin.certificate')}</dt>
            <dd>{t('admin.certificates', { count: provider.saml.certificateCount })}</dd>
            {provider.saml.metadataUrl && (
              <>
                <dt>{t('admin.metadataRead')}</dt>
                <dd>
                  {provider.saml.metadataReadAt
                    ? t('admin.metadataReadAt', { when: dateTimeFormat(i18n.language).format(new Date(provider.saml.metadataReadAt)) })
                    : t('admin.metadataNeverRead')}{' '}
                  {provider.saml.metadataRefreshHours > 0
                    ? t('admin.metadataSchedule', { count: provider.saml.metadataRefreshHours })
                    : t('admin.metadataNoSchedule')}
                  {provider.saml.metadataError && (
                    <>
                      {' '}
                      <strong>{t('admin.metadataError', { error: provider.saml.metadataError })}</strong>
                    </>
                  )}
                </dd>
              </>
            )}
            <dt>{t('admin.spEntityId')}</dt>
            <dd>
              <code>{provider.saml.spEntityId}</code>
            </dd>
            <dt>{t('admin.acsUrl')}</dt>
            <dd>
              <code>{provider.saml.acsUrl}</code>
            </dd>
            <dt>{t('admin.spMetadataUrl')}</dt>
            <dd>
              <a href={provider.saml.spMetadataUrl}>{provider.saml.spMetadataUrl}</a>
            </dd>
            <dt>{t('admin.requestsSigned')}</dt>
            <dd>{t(provider.saml.requestsSigned ? 'admin.requestsSignedYes' : 'admin.requestsSignedNo')}</dd>
          </>
        )}
      </dl>
      <div className="identity-provider__buttons">
        <button type="button" className="button button--quiet" onClick={onEdit} aria-label={t('admin.editLabel', { name: provider.name })}>
          {t('admin.edit')}
        </button>
        <ConfirmAction
          label={t('admin.removeLabel', { name: provider.name })}
          question={t('admin.confirmRemove', { name: provider.name })}
          confirmLabel={tCommon('confirm.delete')}
          cancelLabel={tCommon('confirm.keep')}
          className="button button--quiet"
          disabled={removing}
          onConfirm={onRemove}
        />
      </div>
    </article>
  );
}
