import { useTranslation } from 'react-i18next';
import { formatCount } from './formatters';

type Props = {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Rows in the whole (filtered) list. */
  total: number;
  onPage: (page: number) => void;
};

/**
 * Previous/next through a paged list, with the rows shown ("Visar 101–200 av 734")
 * in a polite live region, so a screen reader hears where a page change landed.
 */
export function Pagination({ page, pageSize, total, onPage }: Props) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatCount(value, i18n.language);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);

  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      <p role="status" className="pagination__range">
        {t('pagination.range', { from: number(from), to: number(to), total: number(total) })}
      </p>
      <PageButton direction="previous" target={page - 1} pageCount={pageCount} onPage={onPage} />
      <PageButton direction="next" target={page + 1} pageCount={pageCount} onPage={onPage} />
    </nav>
  );
}

type PageButtonProps = { direction: 'previous' | 'next'; target: number; pageCount: number; onPage: (page: number) => void };

// aria-disabled rather than disabled at the ends: a disabled button would drop
// the keyboard focus to the page when "Nästa sida" reaches the last page.
function PageButton({ direction, target, pageCount, onPage }: PageButtonProps) {
  const { t } = useTranslation();
  const unavailable = target < 1 || target > pageCount;
  return (
    <button
      type="button"
      className="button pagination__button"
      aria-disabled={unavailable || undefined}
      onClick={() => {
        if (!unavailable) onPage(target);
      }}
    >
      {direction === 'previous' && <span aria-hidden="true">← </span>}
      {t(`pagination.${direction}`)}
      {direction === 'next' && <span aria-hidden="true"> →</span>}
    </button>
  );
}
