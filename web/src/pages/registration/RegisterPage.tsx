import type { TFunction } from 'i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { loginPathReturningTo, paths } from '#web/app/paths';
import { ApiError } from '#web/api/client';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { registrationBodySchema } from '#shared/api/round-admin';
import { describeApiError, invalidFields } from '#web/api/errorMessages';
import { sessionQueryKey, useSession } from '#web/auth/session';
import { FocusedHeading } from '#web/components/FocusedHeading';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError, type ServerErrorOptions } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { MissingTokenMessage } from '#web/pages/auth/MissingTokenMessage';
import { NewPasswordFields, withMatchingPasswords } from '#web/pages/auth/NewPasswordForm';
import { acceptRegistration, registrationQuery, type NewAccount } from './registrationApi';

/** The link from a round invitation: register as the organisation's respondent. */
export default function RegisterPage() {
  const { t } = useTranslation('registration');
  const { t: tCommon } = useTranslation();
  usePageTitle(t('title'));
  const token = useSearchParams()[0].get('token');
  const info = useQuery(registrationQuery(token));
  const accept = useMutation({ mutationFn: (account?: NewAccount) => acceptRegistration(token!, account) });

  if (!token) return <MissingTokenMessage title={t('title')} message={t('missingToken')} />;
  if (info.isPending) return <LoadingMessage />;
  if (info.error) return <MissingTokenMessage title={t('title')} message={describeRegistrationError(info.error, t, tCommon)} />;
  if (accept.data) {
    return (
      <div className="page page--narrow">
        <FocusedHeading>{t('doneTitle')}</FocusedHeading>
        <p>{t('doneBody', { organisation: accept.data.organisationName })}</p>
        <p>
          <Link to={accept.data.outcome === 'registered' ? paths.login : paths.survey} className="button">
            {accept.data.outcome === 'registered' ? t('goToLogin') : t('goToSurvey')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { organisation: info.data.organisationName, year: info.data.year })}</p>
      <Registration onAccept={(account) => accept.mutateAsync(account)} pending={accept.isPending} />
    </div>
  );
}

type RegistrationProps = { onAccept: (account?: NewAccount) => Promise<unknown>; pending: boolean };

/** Logged in: one button adds the role. Otherwise: a new account. */
function Registration({ onAccept, pending }: RegistrationProps) {
  const { isLoading, user } = useSession();
  if (isLoading) return <LoadingMessage />;
  return user ? (
    <AddRole name={user.name || user.email} onAccept={onAccept} pending={pending} />
  ) : (
    <AccountForm onAccept={onAccept} pending={pending} />
  );
}

/** The refusals a registration form says in its own words: a link that no longer works, an address that has an account. */
function useRegistrationRefusals(): ServerErrorOptions<z.input<typeof accountSchema>> {
  const { t } = useTranslation('registration');
  return {
    fields: { 'body.account.email': 'email', 'body.account.name': 'name', 'body.account.password': 'password' },
    own: (error) => {
      if (error.code === 'account_exists') return { message: t('accountExists'), marks: ['email'] };
      const link = describeLinkError(error, t);
      return link ? { message: link } : undefined;
    },
  };
}

function AddRole({ name, onAccept, pending }: RegistrationProps & { name: string }) {
  const { t } = useTranslation('registration');
  const queryClient = useQueryClient();
  const form = useForm<z.input<typeof accountSchema>>(); // no fields: the summary of a refused link
  const refusals = useRegistrationRefusals();

  async function submit() {
    try {
      await onAccept();
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    } catch (error) {
      showServerError(form, error, refusals);
    }
  }

  return (
    <Form form={form} onSubmit={submit}>
      <p>{t('loggedInAs', { name })}</p>
      <button type="submit" className="button" disabled={pending}>
        {t('addRole')}
      </button>
    </Form>
  );
}

const accountSchema = withMatchingPasswords(registrationBodySchema.shape.account.unwrap().extend({ confirmPassword: z.string() }));

function AccountForm({ onAccept, pending }: RegistrationProps) {
  const { t } = useTranslation('registration');
  const { t: tAuth } = useTranslation('auth');
  const queryClient = useQueryClient();
  const form = useSchemaForm(accountSchema, { email: '', name: '', password: '', confirmPassword: '' });
  const refusals = useRegistrationRefusals();

  async function submit({ email, name, password }: z.output<typeof accountSchema>) {
    try {
      await onAccept({ email, name, password });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    } catch (error) {
      showServerError(form, error, refusals);
    }
  }

  return (
    <>
      <p>
        {t('haveAccount')} <Link to={loginPathReturningTo(window.location.pathname + window.location.search)}>{t('logInFirst')}</Link>
      </p>
      <Form form={form} onSubmit={submit}>
        <FormTextField name="email" type="email" label={tAuth('fields.email')} autoComplete="email" />
        <FormTextField name="name" label={tAuth('fields.name')} autoComplete="name" />
        <NewPasswordFields />
        <button type="submit" className="button" disabled={pending}>
          {t('submit')}
        </button>
      </Form>
    </>
  );
}

const LINK_ERRORS = ['token_invalid', 'token_expired', 'token_used', 'token_withdrawn'] as const;

/** What is wrong with the link (server/round-admin/registration-tokens.ts codes) in the reader's language. */
function describeRegistrationError(error: unknown, t: TFunction<'registration'>, tCommon: TFunction<'common'>): string {
  return (error instanceof ApiError && describeLinkError(error, t)) || describeApiError(error, tCommon);
}

function describeLinkError(error: ApiError, t: TFunction<'registration'>): string | undefined {
  if (error.status !== 400) return undefined;
  // A link cut off in the mail program fails the request schema: as invalid as an unknown one.
  const code = invalidFields(error).includes('body.token') ? 'token_invalid' : LINK_ERRORS.find((known) => known === error.code);
  return code ? t(`linkErrors.${code}`) : undefined;
}
