import { useTranslation } from 'react-i18next';
import { useFilterOptions } from './nationalApi';

type Props = { id: string; value: string; onChange: (code: string) => void };

/** The counties that have organisations, by name ("Alla län" first); the value is the two-digit county code or "". */
export function CountySelect({ id, value, onChange }: Props) {
  const { t } = useTranslation('national');
  const options = useFilterOptions();
  return (
    <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('filters.allCounties')}</option>
      {options.data?.counties.map((county) => (
        <option key={county.code} value={county.code}>
          {county.name}
        </option>
      ))}
    </select>
  );
}
