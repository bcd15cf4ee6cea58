import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useActionProblem } from '#web/forms/useActionProblem';
import { revokeOtherSessions } from './accountApi';
import { StatusMessage } from './StatusMessage';

/** "Log out everywhere else": ends every session of the user but this one. */
export function SessionsSection() {
  const { t } = useTranslation('account');
  const revoke = useMutation({ mutationFn: revokeOtherSessions });
  const action = useActionProblem();
  const [status, setStatus] = useState('');

  function run() {
    setStatus('');
    void action.attempt(async () => {
      await revoke.mutateAsync();
      setStatus(t('sessions.done'));
    });
  }

  return (
    <section className="account-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.heading')}</h2>
      <p id="sessions-intro">{t('sessions.intro')}</p>
      <button type="button" className="button" onClick={run} disabled={revoke.isPending} aria-describedby="sessions-intro">
        {revoke.isPending ? t('sessions.submitting') : t('sessions.submit')}
      </button>
      {action.problem && (
        <p role="alert" className="field__error">
          {action.problem}
        </p>
      )}
      <StatusMessage id="sessions-status" message={status} />
    </section>
  );
}
