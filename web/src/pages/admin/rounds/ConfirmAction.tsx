import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The button that starts the action, e.g. "Close the round". */
  label: string;
  /** What will happen, read before confirming. */
  question: string;
  confirmLabel: string;
  /** Words for screen readers after the label, naming what the action is about (e.g. the organisation of a table row). */
  context?: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
};

/**
 * A two-step button for actions that are hard to undo: the first press shows
 * the question with Confirm and Cancel in place (focus moves to it), so the
 * confirmation is part of the page, not a native dialog. Answered, focus goes
 * back to the button (the caller moves it on if the button goes away).
 */
export function ConfirmAction({ label, question, confirmLabel, context, onConfirm, disabled, className = 'button' }: Props) {
  const { t } = useTranslation('rounds');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (answered.current) buttonRef.current?.focus();
    answered.current = false;
  }, [asking]);

  function answer(confirmed: boolean) {
    answered.current = true;
    setAsking(false);
    if (confirmed) onConfirm();
  }

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className={className} onClick={() => setAsking(true)} disabled={disabled}>
        {label}
        {context && <span className="visually-hidden">{` – ${context}`}</span>}
      </button>
    );
  }
  return (
    <div className="confirm-action" role="group" aria-label={context ? `${label} – ${context}` : label}>
      <p ref={questionRef} tabIndex={-1} className="confirm-action__question">
        {question}
      </p>
      <button type="button" className="button" onClick={() => answer(true)}>
        {confirmLabel}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => answer(false)}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
