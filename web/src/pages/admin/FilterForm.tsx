import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PAGE_PARAM } from '#web/components/usePageParam';

/**
 * Filters edited in a form and applied with its button: the list follows
 * `applied`, so it is not refetched on every keystroke. Applied filters live in
 * the query string (next to the page), so a reload, back/forward or a shared
 * link shows the same list; applying goes back to page 1.
 */
export function useFilters<Filters extends Record<string, string>>(defaults: Filters) {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(Object.entries(defaults).map(([key, fallback]) => [key, params.get(key) ?? fallback])) as Filters;
  const appliedKey = JSON.stringify(applied);
  const [edits, setEdits] = useState<Filters>();
  // When the applied filters change (applied, or back/forward), the form shows them again, dropping unapplied edits.
  const [editsFor, setEditsFor] = useState(appliedKey);
  if (editsFor !== appliedKey) {
    setEditsFor(appliedKey);
    setEdits(undefined);
  }
  const draft = edits ?? applied;
  return {
    draft,
    applied,
    set: <Key extends keyof Filters>(key: Key, value: Filters[Key]) => setEdits((previous) => ({ ...(previous ?? applied), [key]: value })),
    apply: () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(draft)) {
          if (value.trim()) next.set(key, value);
          else next.delete(key);
        }
        next.delete(PAGE_PARAM);
        return next;
      }),
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
