import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ORGANISATION_ROLES } from '#shared/api/roles';
import { organisationInviteBodySchema } from '#shared/api/users';
import { Form, FormSelectField, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { inviteColleague } from './accountApi';
import { StatusMessage } from './StatusMessage';

export type OwnOrganisation = { id: number; name: string };

const schema = organisationInviteBodySchema.extend({ organisationId: z.coerce.number<string>().int() });

/** A respondent invites a colleague to their own organisation, as respondent or viewer. */
export function InviteColleagueSection({ organisations }: { organisations: OwnOrganisation[] }) {
  const { t } = useTranslation('account');
  const form = useSchemaForm(schema, { organisationId: String(organisations[0]!.id), email: '', name: '', role: 'respondent' });
  const invite = useMutation({ mutationFn: inviteColleague });
  const [status, setStatus] = useState('');

  async function submit({ name, ...invitation }: z.output<typeof schema>) {
    setStatus('');
    try {
      const result = await invite.mutateAsync({ ...invitation, ...(name && { name }) });
      setStatus(t('invite.sent', { email: result.email }));
      form.reset({ ...form.getValues(), email: '', name: '' });
    } catch (error) {
      showServerError(form, error, {
        own: (refusal) => {
          if (refusal.status === 409) return { field: 'email', message: t('invite.accountDisabled') };
          if (refusal.status === 404) return { message: t('invite.noSuchOrganisation') };
          return undefined;
        },
      });
    }
  }

  return (
    <section className="account-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      <Form form={form} onSubmit={submit} summaryId="invite-error-summary" fieldPrefix="invite-" aria-labelledby="invite-heading">
        {organisations.length > 1 && (
          <FormSelectField name="organisationId" label={t('invite.organisation')}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </FormSelectField>
        )}
        <FormTextField name="email" type="email" label={t('invite.email')} autoComplete="off" />
        <FormTextField name="name" label={t('invite.name')} hint={t('invite.nameHint')} autoComplete="off" required={false} />
        <FormSelectField name="role" label={t('invite.role')}>
          {ORGANISATION_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`invite.roles.${role}`)}
            </option>
          ))}
        </FormSelectField>
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('invite.submitting') : t('invite.submit')}
        </button>
      </Form>
      <StatusMessage id="invite-status" message={status} />
    </section>
  );
}
