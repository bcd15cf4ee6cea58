import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { confirmPasswordReset } from '../../auth/authApi';
import { PASSWORD_MIN_LENGTH } from '../../auth/passwordRules';
import { tokenFormFailure } from '../../auth/tokenFormErrors';
import { confirmationProblem, newPasswordProblem } from '../../auth/validation';
import { FocusedHeading } from '../../components/FocusedHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { TextField } from '../../forms/TextField';
import { MissingTokenMessage } from './MissingTokenMessage';

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
    const fieldErrors = {
      password: newPasswordProblem(form.values.password, t),
      confirmPassword: confirmationProblem(form.values.password, form.values.confirmPassword, t),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await confirm.mutateAsync({ token: token!, password: form.values.password });
    } catch (error) {
      const failure = tokenFormFailure(error, 'passwordReset', t, tCommon);
      form.fail({
        fieldErrors: { password: failure.passwordError },
        formProblem: failure.formMessage ? { message: failure.formMessage } : undefined,
      });
    }
  }

  if (confirm.isSuccess) {
    return (
      <div className="page page--narrow">
        <FocusedHeading>{t('resetPassword.doneTitle')}</FocusedHeading>
        <p>{t('resetPassword.doneBody')}</p>
        <p>
          <Link to={paths.login} className="button">
            {t('resetPassword.goToLogin')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('resetPassword.title')}</h1>
      <p>{t('resetPassword.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          {...form.fieldProps('password')}
          type="password"
          label={t('fields.newPassword')}
          hint={t('fields.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <TextField {...form.fieldProps('confirmPassword')} type="password" label={t('fields.confirmPassword')} autoComplete="new-password" />
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
        </button>
      </form>
      {form.problems.length > 0 && <p>{requestNewLink}</p>}
    </div>
  );
}
