import { useEffect, useId, useRef } from 'react';

type Props = {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Also on Escape. */
  onCancel: () => void;
};

/**
 * A modal question (native <dialog>: focus stays inside, Escape cancels,
 * focus returns where it was). The safe answer, cancel, has focus first.
 */
export function ConfirmDialog({ open, title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="bank-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      // Chromium may close it on a repeated Escape without a cancel it lets us stop.
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="bank-dialog__title">
        {title}
      </h2>
      <p id={`${id}-text`}>{text}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
