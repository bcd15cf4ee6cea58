import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The button that starts the action, e.g. "Close the round". */
  label: string;
  /** What will happen, read before confirming. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
};

/**
 * A two-step button for actions that are hard to undo: the first press shows
 * the question with Confirm and Cancel in place (focus moves to it), so the
 * confirmation is part of the page, not a native dialog.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, disabled, className = 'button' }: Props) {
  const { t } = useTranslation('rounds');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" className={className} onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-action" role="group" aria-label={label}>
      <p ref={questionRef} tabIndex={-1} className="confirm-action__question">
        {question}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
