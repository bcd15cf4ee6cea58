import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { passkeyRegistrationBodySchema, totpCodeBodySchema } from '#shared/api/mfa';
import { ApiError } from '#web/api/client';
import { loginPathReturningTo, paths, returnPathFrom } from '#web/app/paths';
import { sessionQueryKey } from '#web/auth/session';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useActionProblem } from '#web/forms/useActionProblem';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { addPasskey, confirmTotp, mfaStatusQuery, startTotpSetup } from './mfaApi';
import { RecoveryCodes } from './RecoveryCodes';
import './mfa.css';

/**
 * Setting up a second factor: an authenticator app (QR code or the key by
 * hand, then a code from it) or a passkey. A user whose role requires MFA is
 * led here after the password; anyone else comes from the account page.
 */
export default function MfaSetupPage() {
  const { t } = useTranslation('mfa');
  usePageTitle(t('setup.title'));
  const [search] = useSearchParams();
  const returnTo = returnPathFrom(search);
  const status = useQuery(mfaStatusQuery);
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [added, setAdded] = useState(false);

  if (!status.data) return <QueryStatus query={status} />;
  if (status.data.state === 'anonymous' || status.data.state === 'pending') {
    return <Navigate to={status.data.state === 'pending' ? paths.mfaChallenge : loginPathReturningTo(paths.mfaSetup)} replace />;
  }
  const required = status.data.state === 'enrolment_required';
  const factors = status.data.factors;

  function onAdded(codes: string[] | null) {
    setAdded(true);
    if (codes) setRecoveryCodes(codes);
    // The session may just have become complete: who is logged in, and the factors, are asked again.
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    void queryClient.invalidateQueries({ queryKey: mfaStatusQuery.queryKey });
  }

  return (
    <div className="page page--narrow">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{required ? t('setup.requiredIntro') : t('setup.intro')}</p>
      {recoveryCodes && <RecoveryCodes codes={recoveryCodes} />}
      {added && (
        <p role="status">
          {t('setup.added')} <Link to={required ? paths.start : returnTo === paths.start ? paths.account : returnTo}>{t('setup.continue')}</Link>
        </p>
      )}
      {!factors?.totpEnabled && <TotpSetup onAdded={onAdded} />}
      <PasskeySetup onAdded={onAdded} />
    </div>
  );
}

type Added = { onAdded: (recoveryCodes: string[] | null) => void };

function TotpSetup({ onAdded }: Added) {
  const { t } = useTranslation('mfa');
  const start = useMutation({ mutationFn: startTotpSetup });
  const confirm = useMutation({ mutationFn: confirmTotp });
  const action = useActionProblem();
  const form = useSchemaForm(totpCodeBodySchema, { code: '' });
  const setup = start.data;

  async function submit({ code }: z.output<typeof totpCodeBodySchema>) {
    try {
      const { recoveryCodes } = await confirm.mutateAsync(code);
      start.reset();
      form.reset();
      onAdded(recoveryCodes);
    } catch (error) {
      showServerError(form, error, { fields: { 'body.code': 'code' } });
    }
  }

  return (
    <section className="mfa-section" aria-labelledby="totp-setup-heading">
      <h2 id="totp-setup-heading">{t('setup.totpHeading')}</h2>
      <p>{t('setup.totpIntro')}</p>
      {!setup ? (
        <>
          <button
            type="button"
            className="button"
            disabled={start.isPending}
            onClick={() => void action.attempt(async () => void (await start.mutateAsync()))}
          >
            {t('setup.totpStart')}
          </button>
          {action.problem && (
            <p role="alert" className="field__error">
              {action.problem}
            </p>
          )}
        </>
      ) : (
        <>
          <ol className="mfa-list">
            <li>
              {t('setup.totpScan')}
              <img className="mfa-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} alt={t('setup.qrAlt')} />
            </li>
            <li>
              {t('setup.totpManual')}{' '}
              <code className="mfa-secret" data-testid="totp-secret">
                {setup.secret}
              </code>
            </li>
            <li>{t('setup.totpConfirm')}</li>
          </ol>
          <Form form={form} onSubmit={submit} summaryId="totp-setup-summary" aria-labelledby="totp-setup-heading">
            <FormTextField name="code" label={t('fields.totpCode')} inputMode="numeric" autoComplete="one-time-code" spellCheck={false} />
            <button type="submit" className="button" disabled={confirm.isPending}>
              {t('setup.totpSubmit')}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

const passkeyNameSchema = z.object({ name: passkeyRegistrationBodySchema.shape.name });

function PasskeySetup({ onAdded }: Added) {
  const { t } = useTranslation('mfa');
  const add = useMutation({ mutationFn: addPasskey });
  const form = useSchemaForm(passkeyNameSchema, { name: '' });

  async function submit({ name }: z.output<typeof passkeyNameSchema>) {
    try {
      const { recoveryCodes } = await add.mutateAsync(name);
      form.reset();
      onAdded(recoveryCodes);
    } catch (error) {
      // The browser's own refusal (cancelled, no authenticator) is no API error: said in the summary.
      if (!(error instanceof ApiError)) {
        form.setError('root.server', { type: 'server', message: t('setup.passkeyBrowserFailed') });
        return;
      }
      showServerError(form, error);
    }
  }

  return (
    <section className="mfa-section" aria-labelledby="passkey-setup-heading">
      <h2 id="passkey-setup-heading">{t('setup.passkeyHeading')}</h2>
      <p>{t('setup.passkeyIntro')}</p>
      <Form form={form} onSubmit={submit} summaryId="passkey-setup-summary" aria-labelledby="passkey-setup-heading">
        <FormTextField name="name" label={t('fields.passkeyName')} hint={t('fields.passkeyNameHint')} autoComplete="off" />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('setup.passkeySubmit')}
        </button>
      </Form>
    </section>
  );
}
