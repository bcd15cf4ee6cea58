import type { FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { acceptInvitation, invitationQuery } from '../../auth/authApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { TextField } from '../../forms/TextField';
import { AcceptWithAccount } from './AcceptWithAccount';
import { MissingTokenMessage } from './MissingTokenMessage';
import { NewPasswordFields, newPasswordProblems, PasswordSetMessage, tokenCallFailure } from './NewPasswordForm';

export default function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('invitation.title'));
  const token = useSearchParams()[0].get('token');
  const accept = useMutation({ mutationFn: acceptInvitation });
  const form = useForm({ name: '', password: '', confirmPassword: '' });
  // Whether the invited address has an account decides the page: choose a password, or log in and accept.
  const invitation = useQuery({ ...invitationQuery(token), retry: false });

  if (!token) return <MissingTokenMessage title={t('invitation.title')} message={t('invitation.missingToken')} />;
  if (invitation.isPending) return <LoadingMessage />;
  if (invitation.data?.hasAccount && !accept.isSuccess) return <AcceptWithAccount token={token} invitation={invitation.data} />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = {
      name: form.values.name.trim() ? undefined : t('validation.nameRequired'),
      ...newPasswordProblems(form.values, t),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await accept.mutateAsync({ token: token!, name: form.values.name.trim(), password: form.values.password });
    } catch (error) {
      form.fail(tokenCallFailure(error, 'invitation', t, tCommon));
    }
  }

  if (accept.isSuccess) {
    return <PasswordSetMessage title={t('invitation.doneTitle')} body={t('invitation.doneBody')} loginLabel={t('invitation.goToLogin')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField {...form.fieldProps('name')} label={t('fields.name')} autoComplete="name" />
        <NewPasswordFields form={form} />
        <button type="submit" className="button" disabled={accept.isPending}>
          {accept.isPending ? t('invitation.submitting') : t('invitation.submit')}
        </button>
      </form>
    </div>
  );
}
