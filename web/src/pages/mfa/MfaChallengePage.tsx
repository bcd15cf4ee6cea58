import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { recoveryCodeBodySchema, totpCodeBodySchema } from '#shared/api/mfa';
import { paths, returnPathFrom } from '#web/app/paths';
import { useLogout } from '#web/auth/authApi';
import { QueryStatus } from '#web/components/QueryStatus';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useActionProblem } from '#web/forms/useActionProblem';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { mfaStatusQuery, useSessionCompleted, verifyRecoveryCode, verifyTotp, verifyWithPasskey } from './mfaApi';
import './mfa.css';

/**
 * After the password: the second factor. A code from the authenticator app,
 * the passkey, or one of the recovery codes; then on to where the login was
 * going (docs/decisions/0024).
 */
export default function MfaChallengePage() {
  const { t } = useTranslation('mfa');
  usePageTitle(t('challenge.title'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const status = useQuery(mfaStatusQuery);
  const completed = useSessionCompleted();
  const logout = useLogout();
  const returnTo = returnPathFrom(search);
  const [useRecovery, setUseRecovery] = useState(false);
  const [done, setDone] = useState(false);

  function finish(user: Parameters<typeof completed>[0]) {
    setDone(true);
    completed(user);
    void navigate(returnTo, { replace: true });
  }

  if (!status.data) return <QueryStatus query={status} />;
  if (!done && status.data.state === 'anonymous') return <Navigate to={paths.login} replace />;
  if (!done && status.data.state !== 'pending') return <Navigate to={returnTo} replace />;
  const { methods } = status.data;

  return (
    <div className="page page--narrow">
      <h1>{t('challenge.title')}</h1>
      <p className="lead">{t('challenge.intro')}</p>
      {methods.passkey && <PasskeyChallenge onVerified={finish} />}
      {methods.totp && !useRecovery && <TotpChallenge onVerified={finish} />}
      {methods.recoveryCode &&
        (useRecovery ? (
          <RecoveryChallenge onVerified={finish} />
        ) : (
          <p>
            <button type="button" className="button button--quiet" onClick={() => setUseRecovery(true)}>
              {t('challenge.useRecoveryCode')}
            </button>
          </p>
        ))}
      <p>
        <button
          type="button"
          className="button button--quiet"
          disabled={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(paths.login, { replace: true }) })}
        >
          {t('challenge.cancel')}
        </button>
      </p>
    </div>
  );
}

type Verified = { onVerified: (user: Parameters<ReturnType<typeof useSessionCompleted>>[0]) => void };

function TotpChallenge({ onVerified }: Verified) {
  const { t } = useTranslation('mfa');
  const form = useSchemaForm(totpCodeBodySchema, { code: '' });
  const verify = useMutation({ mutationFn: verifyTotp });
  async function submit({ code }: z.output<typeof totpCodeBodySchema>) {
    try {
      onVerified((await verify.mutateAsync(code)).user);
    } catch (error) {
      form.setValue('code', '');
      showServerError(form, error, { fields: { 'body.code': 'code' } });
    }
  }
  return (
    <section className="mfa-section" aria-labelledby="totp-challenge-heading">
      <h2 id="totp-challenge-heading">{t('challenge.totpHeading')}</h2>
      <Form form={form} onSubmit={submit} summaryId="totp-challenge-summary" aria-labelledby="totp-challenge-heading">
        <FormTextField
          name="code"
          label={t('fields.totpCode')}
          hint={t('fields.totpCodeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
        />
        <button type="submit" className="button" disabled={verify.isPending}>
          {verify.isPending ? t('challenge.verifying') : t('challenge.verify')}
        </button>
      </Form>
    </section>
  );
}

function RecoveryChallenge({ onVerified }: Verified) {
  const { t } = useTranslation('mfa');
  const form = useSchemaForm(recoveryCodeBodySchema, { code: '' });
  const verify = useMutation({ mutationFn: verifyRecoveryCode });
  async function submit({ code }: z.output<typeof recoveryCodeBodySchema>) {
    try {
      onVerified((await verify.mutateAsync(code)).user);
    } catch (error) {
      showServerError(form, error, { fields: { 'body.code': 'code' } });
    }
  }
  return (
    <section className="mfa-section" aria-labelledby="recovery-challenge-heading">
      <h2 id="recovery-challenge-heading">{t('challenge.recoveryHeading')}</h2>
      <p>{t('challenge.recoveryIntro')}</p>
      <Form form={form} onSubmit={submit} summaryId="recovery-challenge-summary" aria-labelledby="recovery-challenge-heading">
        <FormTextField name="code" label={t('fields.recoveryCode')} autoComplete="off" spellCheck={false} />
        <button type="submit" className="button" disabled={verify.isPending}>
          {verify.isPending ? t('challenge.verifying') : t('challenge.verify')}
        </button>
      </Form>
    </section>
  );
}

function PasskeyChallenge({ onVerified }: Verified) {
  const { t } = useTranslation('mfa');
  const verify = useMutation({ mutationFn: verifyWithPasskey });
  const action = useActionProblem();
  return (
    <section className="mfa-section" aria-labelledby="passkey-challenge-heading">
      <h2 id="passkey-challenge-heading">{t('challenge.passkeyHeading')}</h2>
      <p id="passkey-challenge-intro">{t('challenge.passkeyIntro')}</p>
      <button
        type="button"
        className="button"
        aria-describedby="passkey-challenge-intro"
        disabled={verify.isPending}
        onClick={() => void action.attempt(async () => onVerified((await verify.mutateAsync()).user))}
      >
        {verify.isPending ? t('challenge.verifying') : t('challenge.usePasskey')}
      </button>
      {action.problem && (
        <p role="alert" className="field__error">
          {action.problem}
        </p>
      )}
    </section>
  );
}
