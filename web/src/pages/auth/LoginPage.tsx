import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { loginBodySchema } from '#shared/api/auth';
import { answer, api } from '#web/api/client';
import { mfaPathReturningTo, paths, returnPathFrom } from '#web/app/paths';
import { useLogin } from '#web/auth/authApi';
import { useSession } from '#web/auth/session';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';

/** The password may stay empty when the address's domain signs in at its identity provider; the submit checks it otherwise. */
const loginFormSchema = z.object({ email: loginBodySchema.shape.email, password: z.string().max(200) });

type Route = { method: 'password' } | { method: 'federated'; providerName: string; startUrl: string };

const domainOf = (email: string) => {
  const at = email.lastIndexOf('@');
  return at > 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : '';
};

/**
 * E-mail first (docs/decisions/0025): when the address's domain has an
 * identity provider, the password field gives way to a button that sends the
 * person there; otherwise the password logs in as before. The domain is
 * looked up when the address field is left, and again on submit.
 */
export default function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: tf } = useTranslation('federation');
  usePageTitle(t('login.title'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const login = useLogin();
  const form = useSchemaForm(loginFormSchema, { email: '', password: '' });
  const returnTo = returnPathFrom(search);
  const [route, setRoute] = useState<{ email: string; route: Route } | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const lookups = useRef(new Map<string, Promise<Route>>());

  if (user && !login.isPending && !login.isSuccess) return <Navigate to={returnTo} replace />;

  /** One question per address (the start address names it, as the provider's login hint). */
  function routeFor(email: string): Promise<Route> {
    const key = email.trim().toLowerCase();
    let lookup = lookups.current.get(key);
    if (!lookup) {
      lookup = answer(api.POST('/api/auth/federation/discover', { body: { email: key } }));
      lookups.current.set(key, lookup);
      lookup.catch(() => lookups.current.delete(key));
    }
    return lookup;
  }

  async function checkDomain() {
    const email = form.getValues('email').trim().toLowerCase();
    if (!domainOf(email).includes('.')) return setRoute(null);
    try {
      setRoute({ email, route: await routeFor(email) });
    } catch {
      // The submit asks again and says what went wrong.
    }
  }

  function goToProvider(federated: Extract<Route, { method: 'federated' }>) {
    setRedirecting(true);
    window.location.assign(`${federated.startUrl}&${new URLSearchParams({ next: returnTo })}`);
  }

  async function submit(values: { email: string; password: string }) {
    try {
      const found = await routeFor(values.email);
      setRoute({ email: values.email, route: found });
      if (found.method === 'federated') return goToProvider(found);
      if (values.password === '') {
        form.setError('password', { message: tf('login.passwordRequired') }, { shouldFocus: true });
        return;
      }
      const { mfa } = await login.mutateAsync(values);
      void navigate(mfa === 'complete' ? returnTo : mfaPathReturningTo(mfa, returnTo), { replace: true });
    } catch (error) {
      showServerError(form, error, {
        own: (refusal) => (refusal.status === 401 ? { message: t('login.invalidCredentials'), marks: ['email', 'password'] } : undefined),
      });
    }
  }

  const email = form.watch('email');
  const federated = route && route.email === email.trim().toLowerCase() && route.route.method === 'federated' ? route.route : null;

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p>{tf('login.intro')}</p>
      <Form form={form} onSubmit={submit}>
        <div onBlur={() => void checkDomain()}>
          <FormTextField name="email" type="email" label={t('fields.email')} autoComplete="email" />
        </div>
        <div role="status">{federated && <p>{tf('login.federated', { provider: federated.providerName })}</p>}</div>
        {!federated && <FormTextField name="password" type="password" label={t('fields.password')} autoComplete="current-password" />}
        <button type="submit" className="button" disabled={login.isPending || redirecting}>
          {federated
            ? redirecting
              ? tf('login.redirecting', { provider: federated.providerName })
              : tf('login.continueTo', { provider: federated.providerName })
            : login.isPending
              ? t('login.submitting')
              : t('login.submit')}
        </button>
      </Form>
      {!federated && (
        <p>
          <Link to={paths.forgotPassword}>{t('login.forgotPassword')}</Link>
        </p>
      )}
    </div>
  );
}
