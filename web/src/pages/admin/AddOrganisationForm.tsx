import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ADDABLE_ORGANISATION_TYPES, createOrganisationBodySchema } from '#shared/api/organisations';
import { createOnce } from '#web/app/queryClient';
import { Form, FormSelectField, FormTextField } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { adminKeys, adminQueries, createOrganisation } from './adminApi';
import { useAllOrganisations } from './useOrganisations';

type Props = { counties: [string, string][]; onDone: (message: string) => void };

const { shape } = createOrganisationBodySchema;
/** The shared request schema over the form's text values: an empty choice or address is none (null). */
const schema = createOrganisationBodySchema.extend({
  countyCode: z
    .string()
    .transform((code) => code || null)
    .pipe(shape.countyCode.unwrap()),
  /** One group chosen here (a company's kommun); the API takes several (groupIds), set through PATCH. */
  groupIds: z
    .string()
    .transform((id) => (id ? [Number(id)] : []))
    .pipe(shape.groupIds.unwrap()),
  contactEmail: z
    .string()
    .trim()
    .transform((email) => email || null)
    .pipe(shape.contactEmail.unwrap()),
});
const EMPTY = { code: '', name: '', type: 'kommunalforbund', countyCode: '', groupIds: '', contactEmail: '' } as const;

export function AddOrganisationForm({ counties, onDone }: Props) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const organisations = useAllOrganisations();
  const form = useSchemaForm(schema, EMPTY);
  const create = useMutation({ mutationFn: createOrganisation });

  async function submit(body: z.output<typeof schema>) {
    try {
      // Sent again after a lost answer, a stored organisation's code would be refused as taken: read back instead.
      const organisation = await createOnce(
        queryClient,
        {
          query: adminQueries.organisations({}),
          entries: (list) => list.organisations,
          key: (stored) => stored.id,
          isIt: (stored) => stored.code === body.code && stored.name === body.name && stored.type === body.type,
        },
        async () => (await create.mutateAsync(body)).organisation,
      );
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
      onDone(t('organisations.added', { name: organisation.name }));
      form.reset({ ...form.getValues(), code: '', name: '', contactEmail: '' });
    } catch (error) {
      showServerError(form, error, { fields: { 'body.groupIds.0': 'groupIds' } });
    }
  }

  return (
    <Form form={form} onSubmit={submit} fieldPrefix="new-org-" aria-labelledby="add-organisation-heading">
      <FormTextField name="code" label={t('organisations.code')} hint={t('organisations.codeHint')} autoComplete="off" />
      <FormTextField name="name" label={t('organisations.name')} autoComplete="organization" />
      <FormSelectField name="type" label={t('organisations.type')} required>
        {ADDABLE_ORGANISATION_TYPES.map((option) => (
          <option key={option} value={option}>
            {t(`organisations.types.${option}`)}
          </option>
        ))}
      </FormSelectField>
      <FormSelectField name="countyCode" label={t('organisations.county')}>
        <option value="">{t('organisations.none')}</option>
        {counties.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </FormSelectField>
      <FormSelectField name="groupIds" label={t('organisations.parent')} hint={t('organisations.parentHint')}>
        <option value="">{t('organisations.none')}</option>
        {organisations
          .filter((organisation) => organisation.type === 'kommun')
          .map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name} ({organisation.code})
            </option>
          ))}
      </FormSelectField>
      <FormTextField name="contactEmail" type="email" label={t('organisations.contactEmail')} autoComplete="off" required={false} />
      <button type="submit" className="button" disabled={create.isPending}>
        {t('organisations.add')}
      </button>
    </Form>
  );
}
