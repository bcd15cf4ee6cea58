import type { FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeApiError } from '../../api/errorMessages';
import { paths } from '../../app/paths';
import { requestPasswordReset } from '../../auth/authApi';
import { emailProblem } from '../../auth/validation';
import { FocusedHeading } from '../../components/FocusedHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { TextField } from '../../forms/TextField';

export default function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const request = useMutation({ mutationFn: requestPasswordReset });
  const form = useForm({ email: '' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = { email: emailProblem(form.values.email, t) };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await request.mutateAsync({ email: form.values.email.trim() });
    } catch (error) {
      form.fail({ formProblem: { message: describeApiError(error, tCommon) } });
    }
  }

  if (request.isSuccess) {
    return (
      <div className="page page--narrow">
        <FocusedHeading>{t('forgotPassword.sentTitle')}</FocusedHeading>
        <p>{t('forgotPassword.sentBody', { email: form.values.email.trim() })}</p>
        <p>
          <Link to={paths.login}>{t('forgotPassword.backToLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('forgotPassword.title')}</h1>
      <p>{t('forgotPassword.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField {...form.fieldProps('email')} type="email" label={t('fields.email')} autoComplete="email" />
        <button type="submit" className="button" disabled={request.isPending}>
          {request.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.login}>{t('forgotPassword.backToLogin')}</Link>
      </p>
    </div>
  );
}
