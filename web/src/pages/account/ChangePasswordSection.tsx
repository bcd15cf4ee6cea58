import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changePasswordBodySchema } from '#shared/api/auth';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { NewPasswordFields, newPasswordFields, withMatchingPasswords } from '#web/pages/auth/NewPasswordForm';
import { changePassword } from './accountApi';
import { StatusMessage } from './StatusMessage';

const schema = withMatchingPasswords(z.object({ currentPassword: changePasswordBodySchema.shape.currentPassword, ...newPasswordFields.shape }));

/** Current password, then the new one twice (the reset page's fields and checks); ends every other session. */
export function ChangePasswordSection() {
  const { t } = useTranslation('account');
  const form = useSchemaForm(schema, { currentPassword: '', password: '', confirmPassword: '' });
  const change = useMutation({ mutationFn: changePassword });
  const [status, setStatus] = useState('');

  async function submit({ currentPassword, password }: z.output<typeof schema>) {
    setStatus('');
    try {
      await change.mutateAsync({ currentPassword, newPassword: password });
      form.reset();
      setStatus(t('password.done'));
    } catch (error) {
      // A wrong current password and a guessable new one go on their fields; anything else in the summary.
      showServerError(form, error, {
        fields: { 'body.newPassword': 'password' },
        own: (refusal) => (refusal.code === 'invalid_credentials' ? { field: 'currentPassword', message: t('password.currentWrong') } : undefined),
      });
    }
  }

  return (
    <section className="account-section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.heading')}</h2>
      <p>{t('password.intro')}</p>
      <Form form={form} onSubmit={submit} summaryId="password-error-summary" aria-labelledby="password-heading">
        <FormTextField name="currentPassword" type="password" label={t('password.current')} autoComplete="current-password" />
        <fieldset className="account-fieldset">
          <legend>{t('password.newLegend')}</legend>
          <NewPasswordFields />
        </fieldset>
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </Form>
      <StatusMessage id="password-status" message={status} />
    </section>
  );
}
