import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { confirmPasswordReset } from '../../auth/authApi';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { MissingTokenMessage } from './MissingTokenMessage';
import { NewPasswordFields, newPasswordProblems, PasswordSetMessage, tokenCallFailure } from './NewPasswordForm';

export default function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const token = useSearchParams()[0].get('token');
  const confirm = useMutation({ mutationFn: confirmPasswordReset });
  const form = useForm({ password: '', confirmPassword: '' });
  const requestNewLink = <Link to={paths.forgotPassword}>{t('resetPassword.requestNewLink')}</Link>;

  if (!token) return <MissingTokenMessage title={t('resetPassword.title')} message={t('resetPassword.missingToken')} action={requestNewLink} />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = newPasswordProblems(form.values, t);
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await confirm.mutateAsync({ token: token!, password: form.values.password });
    } catch (error) {
      form.fail(tokenCallFailure(error, 'passwordReset', t, tCommon));
    }
  }

  if (confirm.isSuccess) {
    return <PasswordSetMessage title={t('resetPassword.doneTitle')} body={t('resetPassword.doneBody')} loginLabel={t('resetPassword.goToLogin')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('resetPassword.title')}</h1>
      <p>{t('resetPassword.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <NewPasswordFields form={form} />
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
        </button>
      </form>
      {form.problems.length > 0 && <p>{requestNewLink}</p>}
    </div>
  );
}
