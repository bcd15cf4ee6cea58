import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '#web/forms/Field';
import { SelectField } from '#web/forms/SelectField';
import { useAllOrganisations } from './useOrganisations';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** The first option, chosen when nothing is: "Alla" in a filter, "Välj organisation" in a form. */
  emptyLabel: string;
  hint?: string;
  error?: string;
  required?: boolean;
};

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv-SE');

/**
 * Choosing one of some 300 organisations: a search field narrows the list
 * below it to names or codes containing the text, and the number of matches
 * is announced. Both are native controls, so keyboard and screen reader work
 * as everywhere else; the chosen organisation stays in the list whatever the search.
 */
export function OrganisationPicker({ id, label, value, onChange, emptyLabel, hint, error, required }: Props) {
  const { t } = useTranslation('admin');
  const organisations = useAllOrganisations();
  const [search, setSearch] = useState('');
  const text = normalise(search);
  const shown = text
    ? organisations.filter((o) => String(o.id) === value || normalise(o.name).includes(text) || o.code.includes(text))
    : organisations;
  return (
    <div className="organisation-picker">
      <Field id={`${id}-search`} label={t('picker.search')}>
        <input
          id={`${id}-search`}
          type="search"
          className="field__input"
          autoComplete="off"
          aria-controls={id}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </Field>
      <p role="status" className="organisation-picker__count">
        {text ? t('picker.matches', { count: shown.length }) : ''}
      </p>
      <SelectField id={id} label={label} hint={hint} error={error} required={required} value={value} onChange={onChange}>
        <option value="">{emptyLabel}</option>
        {shown.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name} ({organisation.code})
          </option>
        ))}
      </SelectField>
    </div>
  );
}
