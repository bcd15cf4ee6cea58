import { useTranslation } from 'react-i18next';
import { OrganisationPicker } from './OrganisationPicker';

/** A list filter over every organisation, with "all" first (users and audit log). */
export function OrganisationFilter({ id, value, onChange }: { id: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('admin');
  return <OrganisationPicker id={id} label={t('roles.organisation')} emptyLabel={t('filters.all')} value={value} onChange={onChange} />;
}
