import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passwordResetRequestBodySchema } from '#shared/api/users';
import { paths } from '#web/app/paths';
import { requestPasswordReset } from '#web/auth/authApi';
import { FocusedHeading } from '#web/components/FocusedHeading';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';

export default function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('forgotPassword.title'));
  const request = useMutation({ mutationFn: requestPasswordReset });
  const form = useSchemaForm(passwordResetRequestBodySchema, { email: '' });

  async function submit(body: { email: string }) {
    try {
      await request.mutateAsync(body);
    } catch (error) {
      showServerError(form, error);
    }
  }

  if (request.isSuccess) {
    return (
      <div className="page page--narrow">
        <FocusedHeading>{t('forgotPassword.sentTitle')}</FocusedHeading>
        <p>{t('forgotPassword.sentBody', { email: form.getValues('email').trim() })}</p>
        <p>
          <Link to={paths.login}>{t('forgotPassword.backToLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('forgotPassword.title')}</h1>
      <p>{t('forgotPassword.intro')}</p>
      <Form form={form} onSubmit={submit}>
        <FormTextField name="email" type="email" label={t('fields.email')} autoComplete="email" />
        <button type="submit" className="button" disabled={request.isPending}>
          {request.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
        </button>
      </Form>
      <p>
        <Link to={paths.login}>{t('forgotPassword.backToLogin')}</Link>
      </p>
    </div>
  );
}
