import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Filters edited in a form and applied with its button: the list follows
 * `applied`, so it is not refetched on every keystroke.
 */
export function useFilters<Filters extends Record<string, string>>(initial: Filters) {
  const [draft, setDraft] = useState(initial);
  const [applied, setApplied] = useState(initial);
  return {
    draft,
    applied,
    set: <Key extends keyof Filters>(key: Key, value: Filters[Key]) => setDraft((previous) => ({ ...previous, [key]: value })),
    apply: () => setApplied(draft),
  };
}

type Props = { onApply: () => void; children: ReactNode } & ({ 'aria-label': string } | { 'aria-labelledby': string });

/** A search landmark holding the filter fields and the one button that applies them. */
export function FilterForm({ onApply, children, ...name }: Props) {
  const { t } = useTranslation('admin');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply();
  }

  return (
    <form role="search" {...name} className="filters" onSubmit={submit}>
      {children}
      <button type="submit" className="button">
        {t('filters.apply')}
      </button>
    </form>
  );
}
