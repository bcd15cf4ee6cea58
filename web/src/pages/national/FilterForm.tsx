import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountySelect } from './CountySelect';
import type { Filters } from './nationalApi';

const ORG_TYPES = ['kommun', 'region', 'kommunalforbund', 'bolag'] as const;

type Props = { years: number[]; year: number; onYear: (year: number) => void; filters: Filters; onApply: (filters: Filters) => void };

/** Round and filters; the filters apply on submit, so typing an attribute does not fire a request per key. */
export function FilterForm({ years, year, onYear, filters, onApply }: Props) {
  const { t } = useTranslation('national');
  const [draft, setDraft] = useState<Filters>(filters);
  const countyId = useId();
  const set = (key: keyof Filters, value: string | undefined) => setDraft((current) => ({ ...current, [key]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="results-controls" onSubmit={submit} aria-label={t('filters.heading')}>
      <label className="field">
        <span className="field__label">{t('filters.year')}</span>
        <select className="field__input" value={year} onChange={(e) => onYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={countyId}>{t('filters.county')}</label>
        <CountySelect id={countyId} value={draft.county ?? ''} onChange={(code) => set('county', code)} />
      </div>
      <label className="field">
        <span className="field__label">{t('filters.orgType')}</span>
        <select className="field__input" value={draft.orgType ?? ''} onChange={(e) => set('orgType', e.target.value)}>
          <option value="">{t('filters.allTypes')}</option>
          {ORG_TYPES.map((type) => (
            <option key={type} value={type}>{t(`filters.types.${type}`)}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('filters.attribute')}</span>
        <input className="field__input" size={14} value={draft.attribute ?? ''} onChange={(e) => set('attribute', e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('filters.value')}</span>
        <input className="field__input" size={8} value={draft.value ?? ''} onChange={(e) => set('value', e.target.value)} />
      </label>
      <label className="field field--checkbox">
        <input type="checkbox" checked={draft.include === 'drafts'} onChange={(e) => set('include', e.target.checked ? 'drafts' : undefined)} />{' '}
        {t('filters.drafts')}
      </label>
      <button type="submit" className="button">{t('filters.apply')}</button>
    </form>
  );
}
