import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { loginPathReturningTo, paths } from '../../app/paths';
import { ApiError } from '../../api/client';
import { describeApiError, fieldError, invalidFields } from '../../api/errorMessages';
import { PASSWORD_MIN_LENGTH } from '../../../../shared/api/password-rules';
import { sessionQueryKey, useSession } from '../../auth/session';
import { confirmationProblem, emailProblem, newPasswordProblem } from '../../auth/validation';
import { FocusedHeading } from '../../components/FocusedHeading';
import { LoadingMessage } from '../../components/LoadingMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { hasErrors, useForm } from '../../forms/useForm';
import { TextField } from '../../forms/TextField';
import { MissingTokenMessage } from '../auth/MissingTokenMessage';
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
  const { t } = useTranslation('registration');
  const { t: tCommon } = useTranslation();
  const { user, isLoading } = useSession();
  const queryClient = useQueryClient();
  const form = useForm({ email: '', name: '', password: '', confirmPassword: '' });
  if (isLoading) return <LoadingMessage />;

  async function run(account?: NewAccount) {
    form.clearProblems();
    try {
      await onAccept(account);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    } catch (error) {
      const exists = error instanceof ApiError && error.code === 'account_exists';
      const fieldErrors = {
        email: fieldError(error, 'body.account.email', tCommon),
        name: fieldError(error, 'body.account.name', tCommon),
        password: fieldError(error, 'body.account.password', tCommon),
      };
      if (!exists && hasErrors(fieldErrors)) return form.fail({ fieldErrors });
      form.fail({
        formProblem: { message: exists ? t('accountExists') : describeRegistrationError(error, t, tCommon), fields: exists ? ['email'] : [] },
      });
    }
  }

  if (user) {
    return (
      <>
        <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
        <p>{t('loggedInAs', { name: user.name || user.email })}</p>
        <button type="button" className="button" onClick={() => void run()} disabled={pending}>
          {t('addRole')}
        </button>
      </>
    );
  }
  return <AccountForm form={form} onSubmit={run} pending={pending} />;
}

function AccountForm({
  form,
  onSubmit,
  pending,
}: {
  form: ReturnType<typeof useForm<'email' | 'name' | 'password' | 'confirmPassword'>>;
  onSubmit: (account: NewAccount) => Promise<void>;
  pending: boolean;
}) {
  const { t } = useTranslation('registration');
  const { t: tAuth } = useTranslation('auth');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { email, name, password, confirmPassword } = form.values;
    const fieldErrors = {
      email: emailProblem(email, tAuth),
      name: name.trim() ? undefined : tAuth('validation.nameRequired'),
      password: newPasswordProblem(password, tAuth),
      confirmPassword: confirmationProblem(password, confirmPassword, tAuth),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    void onSubmit({ email: email.trim(), name: name.trim(), password });
  }

  return (
    <>
      <p>
        {t('haveAccount')} <Link to={loginPathReturningTo(window.location.pathname + window.location.search)}>{t('logInFirst')}</Link>
      </p>
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField {...form.fieldProps('email')} type="email" label={tAuth('fields.email')} autoComplete="email" />
        <TextField {...form.fieldProps('name')} label={tAuth('fields.name')} autoComplete="name" />
        <TextField
          {...form.fieldProps('password')}
          type="password"
          label={tAuth('fields.newPassword')}
          hint={tAuth('fields.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <TextField {...form.fieldProps('confirmPassword')} type="password" label={tAuth('fields.confirmPassword')} autoComplete="new-password" />
        <button type="submit" className="button" disabled={pending}>
          {t('submit')}
        </button>
      </form>
    </>
  );
}

const LINK_ERRORS = ['token_invalid', 'token_expired', 'token_used', 'token_withdrawn'] as const;

/** What is wrong with the link (server/round-admin/registration-tokens.ts codes) in the reader's language. */
function describeRegistrationError(error: unknown, t: TFunction<'registration'>, tCommon: TFunction<'common'>): string {
  if (!(error instanceof ApiError) || error.status !== 400) return describeApiError(error, tCommon);
  // A link cut off in the mail program fails the request schema: as invalid as an unknown one.
  const code = invalidFields(error).includes('body.token') ? 'token_invalid' : LINK_ERRORS.find((known) => known === error.code);
  return code ? t(`linkErrors.${code}`) : describeApiError(error, tCommon);
}
