import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { acceptInvitation } from '../../auth/authApi';
import { PASSWORD_MIN_LENGTH } from '../../auth/passwordRules';
import { tokenFormFailure } from '../../auth/tokenFormErrors';
import { confirmationProblem, newPasswordProblem } from '../../auth/validation';
import { FocusedHeading } from '../../components/FocusedHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { TextField } from '../../forms/TextField';
import { MissingTokenMessage } from './MissingTokenMessage';

export default function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('invitation.title'));
  const token = useSearchParams()[0].get('token');
  const accept = useMutation({ mutationFn: acceptInvitation });
  const form = useForm({ name: '', password: '', confirmPassword: '' });

  if (!token) return <MissingTokenMessage title={t('invitation.title')} message={t('invitation.missingToken')} />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = {
      name: form.values.name.trim() ? undefined : t('validation.nameRequired'),
      password: newPasswordProblem(form.values.password, t),
      confirmPassword: confirmationProblem(form.values.password, form.values.confirmPassword, t),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await accept.mutateAsync({ token: token!, name: form.values.name.trim(), password: form.values.password });
    } catch (error) {
      const failure = tokenFormFailure(error, 'invitation', t, tCommon);
      form.fail({
        fieldErrors: { password: failure.passwordError },
        formProblem: failure.formMessage ? { message: failure.formMessage } : undefined,
      });
    }
  }

  if (accept.isSuccess) {
    return (
      <div className="page page--narrow">
        <FocusedHeading>{t('invitation.doneTitle')}</FocusedHeading>
        <p>{t('invitation.doneBody')}</p>
        <p>
          <Link to={paths.login} className="button">
            {t('invitation.goToLogin')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField {...form.fieldProps('name')} label={t('fields.name')} autoComplete="name" />
        <TextField
          {...form.fieldProps('password')}
          type="password"
          label={t('fields.newPassword')}
          hint={t('fields.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <TextField {...form.fieldProps('confirmPassword')} type="password" label={t('fields.confirmPassword')} autoComplete="new-password" />
        <button type="submit" className="button" disabled={accept.isPending}>
          {accept.isPending ? t('invitation.submitting') : t('invitation.submit')}
        </button>
      </form>
    </div>
  );
}
