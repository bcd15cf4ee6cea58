import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The button's text, and the name of the question's group. */
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
};

/**
 * A deletion asked twice: the button turns into the question with "yes" and
 * "no"; focus moves to the question and back to the button on "no".
 */
export function ConfirmDelete({ label, question, onConfirm, disabled }: Props) {
  const { t } = useTranslation('auditRegister');
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (answered.current) buttonRef.current?.focus();
    answered.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className="button register-button--secondary" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <div className="register-confirm" role="group" aria-label={label}>
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <button type="button" className="button" onClick={onConfirm}>
        {t('confirm.yes')}
      </button>
      <button
        type="button"
        className="button register-button--secondary"
        onClick={() => {
          answered.current = true;
          setAsking(false);
        }}
      >
        {t('confirm.no')}
      </button>
    </div>
  );
}
