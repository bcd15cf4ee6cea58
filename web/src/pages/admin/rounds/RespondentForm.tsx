import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '#web/forms/Field';
import { useActionProblem } from '#web/forms/useActionProblem';
import { OrganisationPicker } from '#web/pages/admin/OrganisationPicker';
import { inviteRespondent, type OnStatus } from './roundAdminApi';

/** The administrator names a respondent directly: an account invitation with the respondent role. */
export function RespondentForm({ onStatus }: { onStatus: OnStatus }) {
  const { t } = useTranslation('rounds');
  const [organisationId, setOrganisationId] = useState('');
  const [email, setEmail] = useState('');
  const { problem, refuse, attempt } = useActionProblem();
  const invite = useMutation({ mutationFn: () => inviteRespondent(Number(organisationId), email.trim()) });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!organisationId || !email.includes('@')) return refuse(t('respondent.incomplete'));
    await attempt(async () => {
      const result = await invite.mutateAsync();
      if (result.delivery === 'outbox') onStatus(t('respondent.invitedWaiting', { email: result.email }), { outbox: true });
      else onStatus(t('respondent.invited', { email: result.email }));
      setEmail('');
    });
  }

  return (
    <details>
      <summary>{t('respondent.title')}</summary>
      <p>{t('respondent.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {problem && <p className="field__error">{problem}</p>}
        <OrganisationPicker
          id="respondent-organisation"
          label={t('respondent.organisation')}
          emptyLabel={t('respondent.choose')}
          value={organisationId}
          onChange={setOrganisationId}
        />
        <Field id="respondent-email" label={t('respondent.email')}>
          <input
            id="respondent-email"
            type="email"
            autoComplete="off"
            className="field__input"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('respondent.submit')}
        </button>
      </form>
    </details>
  );
}
