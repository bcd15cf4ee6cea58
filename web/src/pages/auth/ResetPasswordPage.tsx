import { useMutation } from '@tanstack/react-query';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { passwordResetConfirmBodySchema } from '#shared/api/users';
import { paths } from '#web/app/paths';
import { confirmPasswordReset } from '#web/auth/authApi';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { MissingTokenMessage } from './MissingTokenMessage';
import { NewPasswordFields, newPasswordFields, PasswordSetMessage, tokenCallRefusals, withMatchingPasswords } from './NewPasswordForm';

const schema = withMatchingPasswords(passwordResetConfirmBodySchema.omit({ token: true }).extend(newPasswordFields.shape));

export default function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('resetPassword.title'));
  const token = useSearchParams()[0].get('token');
  const confirm = useMutation({ mutationFn: confirmPasswordReset });
  const form = useSchemaForm(schema, { password: '', confirmPassword: '' });
  const { errors } = useFormState({ control: form.control });
  const requestNewLink = <Link to={paths.forgotPassword}>{t('resetPassword.requestNewLink')}</Link>;

  if (!token) return <MissingTokenMessage title={t('resetPassword.title')} message={t('resetPassword.missingToken')} action={requestNewLink} />;

  async function submit({ password }: { password: string }) {
    try {
      await confirm.mutateAsync({ token: token!, password });
    } catch (error) {
      showServerError(form, error, tokenCallRefusals('passwordReset', t));
    }
  }

  if (confirm.isSuccess) {
    return <PasswordSetMessage title={t('resetPassword.doneTitle')} body={t('resetPassword.doneBody')} loginLabel={t('resetPassword.goToLogin')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('resetPassword.title')}</h1>
      <p>{t('resetPassword.intro')}</p>
      <Form form={form} onSubmit={submit}>
        <NewPasswordFields />
        <button type="submit" className="button" disabled={confirm.isPending}>
          {confirm.isPending ? t('resetPassword.submitting') : t('resetPassword.submit')}
        </button>
      </Form>
      {Object.keys(errors).length > 0 && <p>{requestNewLink}</p>}
    </div>
  );
}
