import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { describeApiError, fieldError } from '../../api/errorMessages';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/TextField';
import { hasErrors, useForm, type FormFailure } from '../../forms/useForm';
import { NewPasswordFields, newPasswordProblems } from '../auth/NewPasswordForm';
import { changePassword } from './accountApi';
import { StatusMessage } from './StatusMessage';

type PasswordField = 'currentPassword' | 'password' | 'confirmPassword';
const EMPTY: Record<PasswordField, string> = { currentPassword: '', password: '', confirmPassword: '' };

/** Current password, then the new one twice (the reset page's fields and checks); ends every other session. */
export function ChangePasswordSection() {
  const { t } = useTranslation('account');
  const { t: tAuth } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  const form = useForm(EMPTY, { formProblemId: 'password-form-problem' });
  const change = useMutation({ mutationFn: changePassword });
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const fieldErrors = {
      currentPassword: form.values.currentPassword ? undefined : t('password.currentRequired'),
      ...newPasswordProblems(form.values, tAuth),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      await change.mutateAsync({ currentPassword: form.values.currentPassword, newPassword: form.values.password });
      for (const field of Object.keys(EMPTY) as PasswordField[]) form.setValue(field, '');
      setStatus(t('password.done'));
    } catch (error) {
      form.fail(passwordChangeFailure(error, t, tAuth, tCommon));
    }
  }

  return (
    <section className="account-section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.heading')}</h2>
      <p>{t('password.intro')}</p>
      <ErrorSummary id="password-error-summary" problems={form.problems} focusKey={form.focusKey} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="password-heading">
        <TextField {...form.fieldProps('currentPassword')} type="password" label={t('password.current')} autoComplete="current-password" />
        <fieldset className="account-fieldset">
          <legend>{t('password.newLegend')}</legend>
          <NewPasswordFields form={form} />
        </fieldset>
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </form>
      <StatusMessage id="password-status" message={status} />
    </section>
  );
}

/** A wrong current password and a guessable new one go on their fields; anything else in the summary. */
function passwordChangeFailure(
  error: unknown,
  t: TFunction<'account'>,
  tAuth: TFunction<'auth'>,
  tCommon: TFunction<'common'>,
): FormFailure<PasswordField> {
  if (error instanceof ApiError && error.code === 'invalid_credentials') return { fieldErrors: { currentPassword: t('password.currentWrong') } };
  const newPasswordError = fieldError(error, 'body.newPassword', tCommon);
  if (newPasswordError) return { fieldErrors: { password: newPasswordError } };
  return { formProblem: { message: describeApiError(error, tCommon) } };
}
