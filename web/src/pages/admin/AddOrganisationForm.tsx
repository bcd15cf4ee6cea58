import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeApiError, invalidFields } from '../../api/errorMessages';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/TextField';
import { hasErrors, useForm } from '../../forms/useForm';
import { adminKeys, ADDABLE_ORGANISATION_TYPES, createOrganisation, type AddableOrganisationType } from './adminApi';
import { SelectField } from '../../forms/SelectField';
import { useAllOrganisations } from './useOrganisations';

type Props = { counties: [string, string][]; onDone: (message: string) => void };
type Field = 'code' | 'name' | 'contactEmail';

export function AddOrganisationForm({ counties, onDone }: Props) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useAllOrganisations();
  const form = useForm<Field>({ code: '', name: '', contactEmail: '' });
  const [type, setType] = useState<AddableOrganisationType>('kommunalforbund');
  const [countyCode, setCountyCode] = useState('');
  const [parentId, setParentId] = useState('');
  const create = useMutation({ mutationFn: createOrganisation });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = {
      code: form.values.code.trim() ? undefined : t('organisations.codeRequired'),
      name: form.values.name.trim() ? undefined : t('organisations.nameRequired'),
    };
    if (hasErrors(fieldErrors)) return form.fail({ fieldErrors });
    form.clearProblems();
    try {
      const { organisation } = await create.mutateAsync({
        code: form.values.code.trim(),
        name: form.values.name.trim(),
        type,
        countyCode: countyCode || null,
        parentId: parentId ? Number(parentId) : null,
        contactEmail: form.values.contactEmail.trim() || null,
      });
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
      onDone(t('organisations.added', { name: organisation.name }));
      (['code', 'name', 'contactEmail'] as const).forEach((field) => form.setValue(field, ''));
    } catch (error) {
      const field = error instanceof ApiError ? (invalidFields(error)[0]?.replace(/^body\./, '') as Field | undefined) : undefined;
      const message = describeApiError(error, tCommon);
      form.fail(field && field in form.values ? { fieldErrors: { [field]: message } } : { formProblem: { message } });
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="add-organisation-heading">
      <ErrorSummary problems={form.problems} focusKey={form.focusKey} />
      <TextField {...form.fieldProps('code')} label={t('organisations.code')} hint={t('organisations.codeHint')} autoComplete="off" />
      <TextField {...form.fieldProps('name')} label={t('organisations.name')} autoComplete="organization" />
      <SelectField
        id="new-org-type"
        label={t('organisations.type')}
        value={type}
        onChange={(value) => setType(value as AddableOrganisationType)}
        required
      >
        {ADDABLE_ORGANISATION_TYPES.map((option) => (
          <option key={option} value={option}>
            {t(`organisations.types.${option}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id="new-org-county" label={t('organisations.county')} value={countyCode} onChange={setCountyCode}>
        <option value="">{t('organisations.none')}</option>
        {counties.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField id="new-org-parent" label={t('organisations.parent')} hint={t('organisations.parentHint')} value={parentId} onChange={setParentId}>
        <option value="">{t('organisations.none')}</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name} ({organisation.code})
          </option>
        ))}
      </SelectField>
      <TextField {...form.fieldProps('contactEmail')} type="email" label={t('organisations.contactEmail')} autoComplete="off" required={false} />
      <button type="submit" className="button" disabled={create.isPending}>
        {t('organisations.add')}
      </button>
    </form>
  );
}
