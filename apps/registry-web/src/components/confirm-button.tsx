import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** the action, e.g. "Withdraw" */
  label: string;
  /** the question asked before it happens, e.g. "Withdraw the proposal for Malmö?" */
  question: string;
  /** the button that does it, e.g. "Yes, withdraw" */
  confirmLabel: string;
  onConfirm(): void;
  disabled?: boolean;
}

/** An action that cannot be undone asks once more, in the page (no window.confirm, keyboard friendly). */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled }: Props) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={start} type="button" onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>{' '}
      <button
        ref={confirm}
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
