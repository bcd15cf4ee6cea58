import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './confirm.css';

/**
 * Where focus goes after a question in the page is answered: call the
 * returned function in the answer's handler, and focus moves to `target`
 * once the page has rendered the answer (the element may only come back then).
 */
export function useFocusAfterRender(target: RefObject<HTMLElement | null>): () => void {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    target.current?.focus();
  });
  return () => {
    pending.current = true;
  };
}

export type QuestionAnswer<V extends string> = { value: V; label: string };

type QuestionProps<V extends string> = {
  /** The group's accessible name: what the question is about. */
  name: string;
  question: string;
  /** A line under the question: what an answer does. */
  hint?: string;
  /** The first is the main answer; the others are drawn as secondary buttons. */
  answers: readonly QuestionAnswer<V>[];
  onAnswer: (value: V) => void;
  disabled?: boolean;
};

/**
 * A question asked in the page, not in a native dialog: the question with
 * its answers as buttons, in a named group. Focus moves to the question when
 * it appears; where it goes once answered is the caller's
 * (`useFocusAfterRender`).
 */
export function InPageQuestion<V extends string>({ name, question, hint, answers, onAnswer, disabled }: QuestionProps<V>) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-label={name}>
      <p ref={questionRef} tabIndex={-1} className="confirm__question">
        {question}
      </p>
      {hint && <p className="confirm__hint">{hint}</p>}
      <div className="confirm__answers">
        {answers.map((answer, index) => (
          <button
            key={answer.value}
            type="button"
            className={index === 0 ? 'button' : 'button confirm__secondary'}
            onClick={() => onAnswer(answer.value)}
            disabled={disabled}
          >
            {answer.label}
          </button>
        ))}
      </div>
    </div>
  );
}

type ConfirmProps = {
  /** The button that starts the action, e.g. "Stäng omgången"; with `context`, the question's name. */
  label: string;
  /** What will happen, read before confirming. */
  question: string;
  /** The confirming answer, e.g. "Ja, stäng". */
  confirmLabel: string;
  /** The answer that leaves things as they are; "Avbryt" unless given. */
  cancelLabel?: string;
  /** Words for screen readers after the label, naming what the action is about (e.g. the organisation of a table row). */
  context?: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** The button's classes. */
  className?: string;
};

/**
 * A two-step button for actions that are hard to undo: the first press
 * shows the question with its answers in place (focus moves to it), so the
 * confirmation is part of the page, not a native dialog. Answered, focus
 * goes back to the button (the caller moves it on if the button goes away).
 */
export function ConfirmAction({ label, question, confirmLabel, cancelLabel, context, onConfirm, disabled, className = 'button' }: ConfirmProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusButtonAfterRender = useFocusAfterRender(buttonRef);

  function answer(value: 'confirm' | 'cancel') {
    focusButtonAfterRender();
    setAsking(false);
    if (value === 'confirm') onConfirm();
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
    <InPageQuestion
      name={context ? `${label} – ${context}` : label}
      question={question}
      answers={[
        { value: 'confirm', label: confirmLabel },
        { value: 'cancel', label: cancelLabel ?? t('confirm.cancel') },
      ]}
      onAnswer={answer}
    />
  );
}
