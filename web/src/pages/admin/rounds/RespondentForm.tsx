import { useMutation } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { organisationInviteBodySchema } from '#shared/api/users';
import { Form, FormTextField } from '#web/forms/Form';
import { serverRule } from '#web/forms/schemaResolver';
import { showServerError } from '#web/forms/serverErrors';
import { useFormIds } from '#web/forms/formIds';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { OrganisationPicker } from '#web/pages/admin/OrganisationPicker';
import { inviteRespondent, type OnStatus } from './roundAdminApi';

/** The shared invitation's e-mail, and the organisation it goes to (the request's path) chosen in the form. */
const schema = z.object({
  organisationId: z
    .string()
    .refine((id) => id !== '', { params: serverRule('required') })
    .transform(Number),
  email: organisationInviteBodySchema.shape.email,
});

/** The administrator names a respondent directly: an account invitation with the respondent role. */
export function RespondentForm({ onStatus }: { onStatus: OnStatus }) {
  const { t } = useTranslation('rounds');
  const form = useSchemaForm(schema, { organisationId: '', email: '' });
  const invite = useMutation({ mutationFn: (body: z.output<typeof schema>) => inviteRespondent(body.organisationId, body.email) });

  async function submit(body: z.output<typeof schema>) {
    try {
      const result = await invite.mutateAsync(body);
      if (result.delivery === 'outbox') onStatus(t('respondent.invitedWaiting', { email: result.email }), { outbox: true });
      else onStatus(t('respondent.invited', { email: result.email }));
      form.reset({ ...form.getValues(), email: '' });
    } catch (error) {
      showServerError(form, error, { fields: { 'params.id': 'organisationId' } });
    }
  }

  return (
    <details>
      <summary>{t('respondent.title')}</summary>
      <p>{t('respondent.intro')}</p>
      <Form form={form} onSubmit={submit} summaryId="respondent-error-summary" fieldPrefix="respondent-">
        <BoundOrganisationPicker label={t('respondent.organisation')} emptyLabel={t('respondent.choose')} />
        <FormTextField name="email" type="email" label={t('respondent.email')} autoComplete="off" />
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('respondent.submit')}
        </button>
      </Form>
    </details>
  );
}

/** The organisation picker on the form's `organisationId`. */
function BoundOrganisationPicker({ label, emptyLabel }: { label: string; emptyLabel: string }) {
  const { field, fieldState } = useController({ name: 'organisationId' });
  const ids = useFormIds();
  return (
    <OrganisationPicker
      id={ids.fieldId('organisationId')}
      label={label}
      emptyLabel={emptyLabel}
      value={field.value as string}
      onChange={field.onChange}
      error={fieldState.error?.message}
      required
    />
  );
}
