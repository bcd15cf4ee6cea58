import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { roleSchema } from '#shared/api/auth';
import { adminInviteBodySchema } from '#shared/api/users';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { adminKeys, inviteUser } from './adminApi';
import { FormRoleFields, hasOrganisationIfNeeded, organisationRequired, toGrant } from './RoleFields';

/** The shared request's e-mail and name, and one role (with its organisation when it needs one) as its one grant. */
const schema = z
  .object({
    email: adminInviteBodySchema.shape.email,
    name: adminInviteBodySchema.shape.name,
    role: roleSchema,
    organisation: z.string(),
  })
  .refine(hasOrganisationIfNeeded, organisationRequired)
  .transform(({ email, name, role, organisation }) => ({ email, ...(name && { name }), roles: [toGrant({ role, organisationId: organisation })!] }));

/** Invite by e-mail with one role; the result says whether a link went out or roles were added. */
export function InviteUserForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const form = useSchemaForm(schema, { email: '', name: '', role: 'respondent', organisation: '' });
  const invite = useMutation({ mutationFn: inviteUser });

  async function submit(body: z.output<typeof schema>) {
    try {
      const result = await invite.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      onDone(t(result.outcome === 'invited' ? 'invite.sent' : 'invite.rolesAdded', { email: result.email }));
      form.reset({ ...form.getValues(), email: '', name: '' });
    } catch (error) {
      showServerError(form, error, { fields: { 'body.roles': 'role', 'body.roles.0.role': 'role', 'body.roles.0.organisationId': 'organisation' } });
    }
  }

  return (
    <Form form={form} onSubmit={submit} fieldPrefix="invite-" aria-labelledby="invite-heading">
      <FormTextField name="email" type="email" label={t('invite.email')} autoComplete="off" />
      <FormTextField name="name" label={t('invite.name')} hint={t('invite.nameHint')} autoComplete="off" required={false} />
      <FormRoleFields idPrefix="invite" />
      <button type="submit" className="button" disabled={invite.isPending}>
        {invite.isPending ? t('invite.submitting') : t('invite.submit')}
      </button>
    </Form>
  );
}
