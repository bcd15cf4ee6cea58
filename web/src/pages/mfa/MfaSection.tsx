import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { QueryStatus } from '#web/components/QueryStatus';
import { useActionProblem } from '#web/forms/useActionProblem';
import { StatusMessage } from '#web/pages/account/StatusMessage';
import { mfaStatusQuery, newRecoveryCodes, removePasskey, removeTotp } from './mfaApi';
import { RecoveryCodes } from './RecoveryCodes';
import './mfa.css';

/** The account page's two-step verification: what is set up, add or remove, new recovery codes. */
export function MfaSection() {
  const { t } = useTranslation('mfa');
  const status = useQuery(mfaStatusQuery);
  const queryClient = useQueryClient();
  const action = useActionProblem();
  const [message, setMessage] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: mfaStatusQuery.queryKey });
  const removeApp = useMutation({ mutationFn: removeTotp, onSuccess: refresh });
  const removeKey = useMutation({ mutationFn: removePasskey, onSuccess: refresh });
  const regenerate = useMutation({ mutationFn: newRecoveryCodes, onSuccess: refresh });

  const run = (work: () => Promise<void>) => {
    setMessage('');
    void action.attempt(work);
  };
  const factors = status.data?.factors;
  const hasFactor = Boolean(factors && (factors.totpEnabled || factors.passkeys.length > 0));

  return (
    <section className="account-section" aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">{t('account.heading')}</h2>
      <QueryStatus query={status} />
      {status.data && factors && (
        <>
          <p>{status.data.required ? t('account.required') : t('account.optional')}</p>
          <ul className="mfa-list" data-testid="mfa-factors">
            <li>
              {factors.totpEnabled ? t('account.totpOn') : t('account.totpOff')}{' '}
              {factors.totpEnabled && (
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={removeApp.isPending}
                  onClick={() =>
                    run(async () => {
                      await removeApp.mutateAsync();
                      setMessage(t('account.totpRemoved'));
                    })
                  }
                >
                  {t('account.removeTotp')}
                </button>
              )}
            </li>
            {factors.passkeys.map((passkey) => (
              <li key={passkey.id}>
                {t('account.passkey', { name: passkey.name })}{' '}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('account.removePasskeyNamed', { name: passkey.name })}
                  disabled={removeKey.isPending}
                  onClick={() =>
                    run(async () => {
                      await removeKey.mutateAsync(passkey.id);
                      setMessage(t('account.passkeyRemoved', { name: passkey.name }));
                    })
                  }
                >
                  {t('account.removePasskey')}
                </button>
              </li>
            ))}
            {hasFactor && <li>{t('account.recoveryCodesLeft', { count: factors.recoveryCodesLeft })}</li>}
          </ul>
          <p>
            <Link to={paths.mfaSetup}>{t('account.add')}</Link>
          </p>
          {hasFactor && (
            <button
              type="button"
              className="button"
              disabled={regenerate.isPending}
              onClick={() =>
                run(async () => {
                  setCodes((await regenerate.mutateAsync()).recoveryCodes);
                })
              }
            >
              {t('account.newRecoveryCodes')}
            </button>
          )}
          {codes && <RecoveryCodes codes={codes} />}
        </>
      )}
      {action.problem && (
        <p role="alert" className="field__error">
          {action.problem}
        </p>
      )}
      <StatusMessage id="mfa-status" message={message} />
    </section>
  );
}
