import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { acceptInvitationBodySchema } from '#shared/api/users';
import { acceptInvitation, invitationQuery } from '#web/auth/authApi';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { usePageTitle } from '#web/components/usePageTitle';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { AcceptWithAccount } from './AcceptWithAccount';
import { MissingTokenMessage } from './MissingTokenMessage';
import { NewPasswordFields, newPasswordFields, PasswordSetMessage, tokenCallRefusals, withMatchingPasswords } from './NewPasswordForm';

const schema = withMatchingPasswords(acceptInvitationBodySchema.omit({ token: true }).extend(newPasswordFields.shape));

export default function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { t: tAccess } = useTranslation('access');
  usePageTitle(t('invitation.title'));
  const token = useSearchParams()[0].get('token');
  const accept = useMutation({ mutationFn: acceptInvitation });
  const form = useSchemaForm(schema, { name: '', password: '', confirmPassword: '' });
  // Whether the invited address has an account decides the page: choose a password, or log in and accept.
  const invitation = useQuery({ ...invitationQuery(token), retry: false });

  if (!token) return <MissingTokenMessage title={t('invitation.title')} message={t('invitation.missingToken')} />;
  if (invitation.isPending) return <LoadingMessage />;
  if (invitation.data?.hasAccount && !accept.isSuccess) return <AcceptWithAccount token={token} invitation={invitation.data} />;

  async function submit({ name, password }: { name: string; password: string }) {
    try {
      await accept.mutateAsync({ token: token!, name, password });
    } catch (error) {
      showServerError(form, error, tokenCallRefusals('invitation', t));
    }
  }

  if (accept.isSuccess) {
    return <PasswordSetMessage title={t('invitation.doneTitle')} body={t('invitation.doneBody')} loginLabel={t('invitation.goToLogin')} />;
  }

  return (
    <div className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      {invitation.data?.auditor && (
        <p>{tAccess('invitation', { ...invitation.data.auditor, organisation: invitation.data.auditor.organisationName })}</p>
      )}
      <Form form={form} onSubmit={submit}>
        <FormTextField name="name" label={t('fields.name')} autoComplete="name" />
        <NewPasswordFields />
        <button type="submit" className="button" disabled={accept.isPending}>
          {accept.isPending ? t('invitation.submitting') : t('invitation.submit')}
        </button>
      </Form>
    </div>
  );
}
