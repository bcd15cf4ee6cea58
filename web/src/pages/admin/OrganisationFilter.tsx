import { useTranslation } from 'react-i18next';
import { SelectField } from '../../forms/SelectField';
import { useAllOrganisations } from './useOrganisations';

/** A list filter over every organisation, with "all" first (users and audit log). */
export function OrganisationFilter({ id, value, onChange }: { id: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('admin');
  const organisations = useAllOrganisations();
  return (
    <SelectField id={id} label={t('roles.organisation')} value={value} onChange={onChange}>
      <option value="">{t('filters.all')}</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}
