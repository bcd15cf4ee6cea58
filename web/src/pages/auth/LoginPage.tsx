import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { describeApiError } from '../../api/errorMessages';
import { paths, returnPathFrom } from '../../app/paths';
import { useLogin } from '../../auth/authApi';
import { useSession } from '../../auth/session';
import { emailProblem } from '../../auth/validation';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { TextField } from '../../forms/TextField';

export default function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('login.title'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const login = useLogin();
  const form = useForm({ email: '', password: '' });
  const returnTo = returnPathFrom(search);

  if (user && !login.isPending && !login.isSuccess) return <Navigate to={returnTo} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = {
      email: emailProblem(form.values.email, t),
      password: form.values.password ? undefined : t('validation.passwordRequired'),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await login.mutateAsync({ email: form.values.email.trim(), password: form.values.password });
      void navigate(returnTo, { replace: true });
    } catch (error) {
      const wrongCredentials = error instanceof ApiError && error.status === 401;
      form.fail({
        formProblem: wrongCredentials
          ? { message: t('login.invalidCredentials'), fields: ['email', 'password'] }
          : { message: describeApiError(error, tCommon) },
      });
    }
  }

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField {...form.fieldProps('email')} type="email" label={t('fields.email')} autoComplete="email" />
        <TextField {...form.fieldProps('password')} type="password" label={t('fields.password')} autoComplete="current-password" />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>{t('login.forgotPassword')}</Link>
      </p>
    </div>
  );
}
