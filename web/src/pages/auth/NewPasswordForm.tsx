import type { TFunction } from 'i18next';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PASSWORD_MIN_LENGTH } from '../../../../shared/api/password-rules';
import { tokenFormFailure, type TokenPurpose } from '../../auth/tokenFormErrors';
import { confirmationProblem, newPasswordProblem } from '../../auth/validation';
import { FocusedHeading } from '../../components/FocusedHeading';
import { TextField } from '../../forms/TextField';
import type { FormFailure } from '../../forms/useForm';

// What accepting an invitation and resetting a password share: both set a new
// password from an e-mailed token, so they check, fail and finish alike.

type PasswordField = 'password' | 'confirmPassword';
type FieldBinding = Pick<ComponentProps<typeof TextField>, 'id' | 'value' | 'onChange' | 'error' | 'describedByProblemIds'>;
/** Any useForm() that has the two password fields. */
type PasswordForm = { fieldProps: (field: PasswordField) => FieldBinding };

/** The new password and its confirmation. */
export function NewPasswordFields({ form }: { form: PasswordForm }) {
  const { t } = useTranslation('auth');
  return (
    <>
      <TextField
        {...form.fieldProps('password')}
        type="password"
        label={t('fields.newPassword')}
        hint={t('fields.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
      />
      <TextField {...form.fieldProps('confirmPassword')} type="password" label={t('fields.confirmPassword')} autoComplete="new-password" />
    </>
  );
}

/** The checks on the two password fields before anything is sent. */
export const newPasswordProblems = (values: Record<PasswordField, string>, t: TFunction<'auth'>) => ({
  password: newPasswordProblem(values.password, t),
  confirmPassword: confirmationProblem(values.password, values.confirmPassword, t),
});

/** A refused token call as the form shows it: a weak password on its field, a bad link in the summary. */
export function tokenCallFailure(
  error: unknown,
  purpose: TokenPurpose,
  t: TFunction<'auth'>,
  tCommon: TFunction<'common'>,
): FormFailure<PasswordField> {
  const failure = tokenFormFailure(error, purpose, t, tCommon);
  return {
    fieldErrors: { password: failure.passwordError },
    formProblem: failure.formMessage ? { message: failure.formMessage } : undefined,
  };
}

/** The page after the password is set: focus on the heading, and the way to log in with it. */
export function PasswordSetMessage({ title, body, loginLabel }: { title: string; body: string; loginLabel: string }) {
  return (
    <div className="page page--narrow">
      <FocusedHeading>{title}</FocusedHeading>
      <p>{body}</p>
      <p>
        <Link to={paths.login} className="button">
          {loginLabel}
        </Link>
      </p>
    </div>
  );
}
