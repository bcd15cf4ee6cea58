import { memo, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountySelect } from './CountySelect';
import { useFilterOptions, type Filters } from './nationalApi';
import type { Round } from '#shared/api/rounds';
import { hasFigures } from './nationalView';

type Props = { rounds: Round[]; year: number; onYear: (year: number) => void; filters: Filters; onApply: (filters: Filters) => void };

/**
 * Round and filters, each a choice among the values that exist (GET
 * /api/results/filter-options); the filters apply on submit, so a
 * half-made selection does not fire a request per change. A round without
 * figures yet (open: response status only) says so in its option. A memo:
 * the page's queries settling do not render it again.
 */
export const FilterForm = memo(function FilterForm({ rounds, year, onYear, filters, onApply }: Props) {
  const { t } = useTranslation('national');
  const options = useFilterOptions();
  const [draft, setDraft] = useState<Filters>(filters);
  // When the applied filters change (applied, back/forward, a link), the form shows them again, dropping unapplied edits.
  const appliedKey = JSON.stringify(filters);
  const [draftFor, setDraftFor] = useState(appliedKey);
  if (draftFor !== appliedKey) {
    setDraftFor(appliedKey);
    setDraft(filters);
  }
  const countyId = useId();
  const set = (key: keyof Filters, value: string | undefined) => setDraft((current) => ({ ...current, [key]: value || undefined }));
  const attributes = options.data?.attributes ?? [];
  const values = attributes.find((a) => a.name === draft.attribute)?.values ?? [];
  // Attribute and value go together (the API refuses one without the other): a new attribute starts at its first value.
  const chooseAttribute = (name: string) =>
    setDraft((current) => ({ ...current, attribute: name || undefined, value: attributes.find((a) => a.name === name)?.values[0] }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="results-controls" onSubmit={submit} aria-label={t('filters.heading')}>
      <label className="field">
        <span className="field__label">{t('filters.year')}</span>
        <select className="field__input" value={year} onChange={(e) => onYear(Number(e.target.value))}>
          {rounds.map((round) => (
            <option key={round.year} value={round.year}>
              {hasFigures(round) ? round.year : t('filters.yearWithoutFigures', { year: round.year })}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={countyId}>
          {t('filters.county')}
        </label>
        <CountySelect id={countyId} value={draft.county ?? ''} onChange={(code) => set('county', code)} />
      </div>
      <label className="field">
        <span className="field__label">{t('filters.orgType')}</span>
        <select className="field__input" value={draft.orgType ?? ''} onChange={(e) => set('orgType', e.target.value)}>
          <option value="">{t('filters.allTypes')}</option>
          {options.data?.orgTypes.map((type) => (
            <option key={type} value={type}>
              {t(`filters.types.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('filters.attribute')}</span>
        <select className="field__input" value={draft.attribute ?? ''} onChange={(e) => chooseAttribute(e.target.value)}>
          <option value="">{t('filters.noAttribute')}</option>
          {attributes.map((attribute) => (
            <option key={attribute.name} value={attribute.name}>
              {attribute.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('filters.value')}</span>
        <select
          className="field__input"
          value={draft.value ?? ''}
          disabled={draft.attribute === undefined}
          onChange={(e) => set('value', e.target.value)}
        >
          {draft.attribute === undefined && <option value="">{t('filters.chooseAttributeFirst')}</option>}
          {values.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--checkbox">
        <input type="checkbox" checked={draft.include === 'drafts'} onChange={(e) => set('include', e.target.checked ? 'drafts' : undefined)} />{' '}
        {t('filters.drafts')}
      </label>
      <button type="submit" className="button">
        {t('filters.apply')}
      </button>
    </form>
  );
});
