import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { updateOrganisationBodySchema } from '#shared/api/organisations';
import { Form, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { adminKeys, updateOrganisation, type OrganisationView } from './adminApi';
import { GroupsEditor } from './GroupsEditor';
import { LazyDetails } from './LazyDetails';

type Props = { organisation: OrganisationView; onStatus: (message: string) => void };

export function OrganisationRow({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  return (
    <tr>
      <td>{organisation.code}</td>
      <th scope="row">{organisation.name}</th>
      <td>{t(`organisations.types.${organisation.type}`)}</td>
      <td>{organisation.countyName ?? ''}</td>
      <td>
        <GroupsEditor organisation={organisation} onStatus={onStatus} />
      </td>
      <td>
        <ContactEditor organisation={organisation} onStatus={onStatus} />
      </td>
    </tr>
  );
}

/** The contact address as typed: empty is none (null), otherwise the shared request's e-mail. */
const contactSchema = z.object({
  contactEmail: z
    .string()
    .trim()
    .transform((email) => email || null)
    .pipe(updateOrganisationBodySchema.shape.contactEmail.unwrap()),
});

/** The contact address, with a disclosure to change it in place. */
function ContactEditor({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  const summary = (
    <>
      {t('organisations.editContact')}
      <span className="visually-hidden">{` – ${organisation.name}`}</span>
    </>
  );
  return (
    <>
      {organisation.contactEmail ?? <span className="muted">{t('organisations.noContact')}</span>}
      <LazyDetails summary={summary}>{() => <ContactForm organisation={organisation} onStatus={onStatus} />}</LazyDetails>
    </>
  );
}

function ContactForm({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const form = useSchemaForm(contactSchema, { contactEmail: organisation.contactEmail ?? '' });
  const save = useMutation({ mutationFn: (body: z.output<typeof contactSchema>) => updateOrganisation(organisation.id, body) });

  async function submit(body: z.output<typeof contactSchema>) {
    try {
      await save.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
      onStatus(t('organisations.contactSaved', { name: organisation.name }));
    } catch (error) {
      showServerError(form, error);
    }
  }

  return (
    <Form form={form} onSubmit={submit} summaryId={`contact-error-summary-${organisation.id}`} fieldPrefix={`contact-${organisation.id}-`}>
      <FormTextField
        name="contactEmail"
        type="email"
        label={t('organisations.contactEmailFor', { name: organisation.name })}
        autoComplete="off"
        required={false}
      />
      <button type="submit" className="button button--small" disabled={save.isPending}>
        {t('organisations.save')}
      </button>
    </Form>
  );
}
