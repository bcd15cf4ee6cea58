import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useController } from 'react-hook-form';
import { z } from 'zod';
import { emailDomainSchema, identityProviderKindSchema, IDENTITY_PROVIDER_KINDS, type IdentityProviderBody } from '#shared/api/federation';
import { Form, FormSelectField, FormTextArea, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { createIdentityProvider, identityProviderKeys, updateIdentityProvider, type IdentityProvider } from './identityProvidersApi';

const splitDomains = (text: string) => text.split(/[\s,;]+/).filter((domain) => domain !== '');

/** The form's text values; the request is built from them on submit, and the server checks the rest. */
const schema = z.object({
  kind: identityProviderKindSchema,
  name: z.string().trim().min(1).max(200),
  domains: z.string().transform(splitDomains).pipe(z.array(emailDomainSchema).min(1).max(50)),
  enabled: z.boolean(),
  mfaFromIdp: z.boolean(),
  issuer: z.string().trim(),
  clientId: z.string().trim(),
  clientSecret: z.string(),
  metadataUrl: z.string().trim(),
  metadataXml: z.string(),
  entityId: z.string().trim(),
  ssoUrl: z.string().trim(),
  sloUrl: z.string().trim(),
  certificate: z.string().trim(),
});
type Values = z.input<typeof schema>;
type Checked = z.output<typeof schema>;

const filled = (text: string) => (text === '' ? undefined : text);

function bodyOf(values: Checked): IdentityProviderBody {
  const common = { kind: values.kind, name: values.name, domains: values.domains, enabled: values.enabled, mfaFromIdp: values.mfaFromIdp };
  if (values.kind === 'oidc') {
    return { ...common, oidc: { issuer: values.issuer, clientId: values.clientId, clientSecret: filled(values.clientSecret) } };
  }
  return {
    ...common,
    saml: {
      metadataUrl: filled(values.metadataUrl),
      metadataXml: filled(values.metadataXml),
      entityId: filled(values.entityId),
      ssoUrl: filled(values.ssoUrl),
      sloUrl: filled(values.sloUrl),
      certificate: filled(values.certificate),
    },
  };
}

function valuesOf(provider: IdentityProvider | undefined): Values {
  return {
    kind: provider?.kind ?? 'oidc',
    name: provider?.name ?? '',
    domains: provider?.domains.join(' ') ?? '',
    enabled: provider?.enabled ?? true,
    mfaFromIdp: provider?.mfaFromIdp ?? false,
    issuer: provider?.oidc?.issuer ?? '',
    clientId: provider?.oidc?.clientId ?? '',
    // Write-only: never filled in from the server, which never sends it.
    clientSecret: '',
    metadataUrl: provider?.saml?.metadataUrl ?? '',
    metadataXml: '',
    entityId: provider?.saml?.entityId ?? '',
    ssoUrl: provider?.saml?.ssoUrl ?? '',
    sloUrl: provider?.saml?.sloUrl ?? '',
    certificate: '',
  };
}

/** The request's fields (`body.oidc.issuer`, `body.domains.0`) → the form's. */
function formField(serverField: string): keyof Values | undefined {
  const [, first, second] = serverField.split('.');
  if (first === 'oidc' || first === 'saml') return second as keyof Values;
  return first as keyof Values;
}

function Checkbox({ name, label }: { name: 'enabled' | 'mfaFromIdp'; label: string }) {
  const { field } = useController<Values, typeof name>({ name });
  return (
    <label className="checkbox-label">
      <input type="checkbox" name={name} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} /> {label}
    </label>
  );
}

type Props = { provider?: IdentityProvider; onDone: (message: string | null) => void };

/** Adds a provider, or changes one (`provider`); the client secret is write-only. */
export function IdentityProviderForm({ provider, onDone }: Props) {
  const { t } = useTranslation('federation');
  const queryClient = useQueryClient();
  const form = useSchemaForm(schema, valuesOf(provider));
  const save = useMutation({
    mutationFn: (body: IdentityProviderBody) => (provider ? updateIdentityProvider(provider.id, body) : createIdentityProvider(body)),
  });
  const kind = form.watch('kind');
  const prefix = provider ? `idp-${provider.id}-` : 'idp-new-';
  const headingId = `${prefix}heading`;

  async function submit(values: Checked) {
    try {
      const saved = await save.mutateAsync(bodyOf(values));
      await queryClient.invalidateQueries({ queryKey: identityProviderKeys.all });
      onDone(t('admin.saved', { name: saved.name }));
    } catch (error) {
      showServerError(form, error, { fields: formField });
    }
  }

  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{provider ? t('admin.editHeading', { name: provider.name }) : t('admin.addHeading')}</h2>
      <Form form={form} onSubmit={submit} fieldPrefix={prefix} summaryId={`${prefix}summary`} aria-labelledby={headingId}>
        {!provider && (
          <FormSelectField name="kind" label={t('admin.kind')} required>
            {IDENTITY_PROVIDER_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`admin.kinds.${option}`)}
              </option>
            ))}
          </FormSelectField>
        )}
        <FormTextField name="name" label={t('admin.name')} hint={t('admin.nameHint')} autoComplete="off" />
        <FormTextField name="domains" label={t('admin.domains')} hint={t('admin.domainsHint')} autoComplete="off" spellCheck={false} />
        <Checkbox name="enabled" label={t('admin.enabled')} />
        <Checkbox name="mfaFromIdp" label={t('admin.mfaFromIdp')} />
        {kind === 'oidc' ? (
          <fieldset>
            <legend>{t('admin.oidcSettings')}</legend>
            <FormTextField name="issuer" label={t('admin.issuer')} hint={t('admin.issuerHint')} autoComplete="off" spellCheck={false} />
            <FormTextField name="clientId" label={t('admin.clientId')} autoComplete="off" spellCheck={false} />
            <FormTextField
              name="clientSecret"
              type="password"
              label={t('admin.clientSecret')}
              hint={provider?.oidc?.clientSecretSet ? t('admin.clientSecretKeepHint') : t('admin.clientSecretHint')}
              autoComplete="new-password"
              required={false}
            />
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t('admin.samlSettings')}</legend>
            <FormTextField
              name="metadataUrl"
              label={t('admin.metadataUrl')}
              hint={t('admin.metadataUrlHint')}
              autoComplete="off"
              required={false}
              spellCheck={false}
            />
            <FormTextArea name="metadataXml" label={t('admin.metadataXml')} hint={t('admin.metadataXmlHint')} required={false} rows={4} />
            <FormTextField
              name="entityId"
              label={t('admin.entityId')}
              hint={t('admin.entityIdHint')}
              autoComplete="off"
              required={false}
              spellCheck={false}
            />
            <FormTextField name="ssoUrl" label={t('admin.ssoUrl')} autoComplete="off" required={false} spellCheck={false} />
            <FormTextField name="sloUrl" label={t('admin.sloUrl')} autoComplete="off" required={false} spellCheck={false} />
            <FormTextArea name="certificate" label={t('admin.certificate')} required={false} rows={4} />
          </fieldset>
        )}
        <div className="identity-provider__buttons">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('admin.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </button>
        </div>
      </Form>
    </section>
  );
}
