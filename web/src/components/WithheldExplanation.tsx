import { useTranslation } from 'react-i18next';
// Types only: zod at run time would weigh on the page chunk (docs/decisions/0003).
import type { SuppressedReason } from '#shared/api/results';

export type { SuppressedReason };

/** The pages that show results; each carries the `withheld.*` texts in its own lazy namespace. */
type Namespace = 'national' | 'results';

const ORDER: readonly SuppressedReason[] = ['open_round', 'small_group', 'differencing'];

/** The distinct reasons among figures, in a fixed order; nulls (shown figures) drop out. */
export function withheldReasons(reasons: Iterable<SuppressedReason | null | undefined>): SuppressedReason[] {
  const present = new Set(reasons);
  return ORDER.filter((reason) => present.has(reason));
}

/**
 * A withheld figure in a table or list: a dash on screen, "visas ej" for
 * screen readers (a lone dash reads as nothing useful). Never 0.
 */
export function WithheldMark({ namespace }: { namespace: Namespace }) {
  const { t } = useTranslation(namespace);
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('withheld.mark')}</span>
    </>
  );
}

type Props = {
  namespace: Namespace;
  /** The reasons of the withheld figures this explanation stands next to; nothing is rendered without one. */
  reasons: Iterable<SuppressedReason | null | undefined>;
  className?: string;
};

/**
 * "Varför visas inte siffran?": one disclosure per table or section that
 * holds withheld figures, explaining each reason present in plain words.
 * A native <details>, so it opens with the keyboard and is announced as expandable.
 */
export function WithheldExplanation({ namespace, reasons, className }: Props) {
  const { t } = useTranslation(namespace);
  const present = withheldReasons(reasons);
  if (present.length === 0) return null;
  return (
    // Keyed by its reasons: when they change (another round or selection) it starts closed again.
    <details key={present.join()} className={className ? `withheld-explanation ${className}` : 'withheld-explanation'}>
      <summary>{t('withheld.question')}</summary>
      {present.map((reason) => (
        <p key={reason}>{t(`withheld.reasons.${reason}`)}</p>
      ))}
    </details>
  );
}

/** The same explanations as plain paragraphs, for paper (a closed <details> prints only its question). */
export function WithheldExplanationText({ namespace, reasons, className }: Props) {
  const { t } = useTranslation(namespace);
  const present = withheldReasons(reasons);
  if (present.length === 0) return null;
  return (
    <p className={className}>
      {t('withheld.printLead')} {present.map((reason) => t(`withheld.reasons.${reason}`)).join(' ')}
    </p>
  );
}
