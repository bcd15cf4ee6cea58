import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginBodySchema } from '#shared/api/auth';
import { mfaPathReturningTo, paths, returnPathFrom } from '#web/app/paths';
import { useLogin } from '#web/auth/authApi';
import { useSession } from '#web/auth/session';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';

export default function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const login = useLogin();
  const form = useSchemaForm(loginBodySchema, { email: '', password: '' });
  const returnTo = returnPathFrom(search);

  if (user && !login.isPending && !login.isSuccess) return <Navigate to={returnTo} replace />;

  async function submit(credentials: { email: string; password: string }) {
    try {
      const { mfa } = await login.mutateAsync(credentials);
      void navigate(mfa === 'complete' ? returnTo : mfaPathReturningTo(mfa, returnTo), { replace: true });
    } catch (error) {
      showServerError(form, error, {
        own: (refusal) => (refusal.status === 401 ? { message: t('login.invalidCredentials'), marks: ['email', 'password'] } : undefined),
      });
    }
  }

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <Form form={form} onSubmit={submit}>
        <FormTextField name="email" type="email" label={t('fields.email')} autoComplete="email" />
        <FormTextField name="password" type="password" label={t('fields.password')} autoComplete="current-password" />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </Form>
      <p>
        <Link to={paths.forgotPassword}>{t('login.forgotPassword')}</Link>
      </p>
    </div>
  );
}
