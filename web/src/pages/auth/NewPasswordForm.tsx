import type { TFunction } from 'i18next';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { z } from 'zod';
import { newPasswordSchema, PASSWORD_MIN_LENGTH } from '#shared/api/auth';
import { tokenRefusal, type TokenPurpose } from '#web/auth/tokenFormErrors';
import { FocusedHeading } from '#web/components/FocusedHeading';
import { FormTextField } from '#web/forms/Form';
import { formRule } from '#web/forms/schemaResolver';
import type { ServerErrorOptions } from '#web/forms/serverErrors';

// What accepting an invitation, resetting a password and changing it share:
// a new password typed twice, checked alike.

/** The new password (the shared schema's rules) and its repetition, which must match. */
export const newPasswordFields = z.object({ password: newPasswordSchema, confirmPassword: z.string() });

/** Adds the check that the repetition matches, made even when other fields are refused, so all problems show at once. */
export const withMatchingPasswords = <Schema extends z.ZodType<{ password: string; confirmPassword: string }>>(schema: Schema) =>
  schema.refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    params: formRule('confirmation_mismatch'),
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

/** The new password and its confirmation. */
export function NewPasswordFields() {
  const { t } = useTranslation('auth');
  return (
    <>
      <FormTextField
        name="password"
        type="password"
        label={t('fields.newPassword')}
        hint={t('fields.newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
      />
      <FormTextField name="confirmPassword" type="password" label={t('fields.confirmPassword')} autoComplete="new-password" />
    </>
  );
}

/** A refused token call as the form shows it: a bad link as the form's problem, a refused password on its field. */
export const tokenCallRefusals = <Values extends FieldValues>(purpose: TokenPurpose, t: TFunction<'auth'>): ServerErrorOptions<Values> => ({
  own: (error) => {
    const message = tokenRefusal(error, purpose, t);
    return message ? { message } : undefined;
  },
});

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
