'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';

interface Props {
  /** The first button's name, e.g. "Unpublish". */
  label: string;
  /** What will happen, asked as a question. */
  question: string;
  /** The confirming button's name, e.g. "Yes, unpublish". */
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  disabled?: boolean;
  className?: string;
  confirmClassName?: string;
}

/**
 * A button that asks first: the question and a confirming button appear in
 * place (focus moves to it; Escape or Cancel goes back). Works with keyboard
 * and screen readers, unlike window.confirm it can be styled and tested.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, pending, disabled, className, confirmClassName }: Props) {
  const t = useTranslations('admin.confirm');
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className={className} disabled={disabled || pending} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="flex flex-wrap items-center gap-2" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p id={questionId} className="text-sm">
        {question}
      </p>
      <button
        ref={confirmRef}
        type="button"
        className={confirmClassName ?? className}
        disabled={pending}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="btn-link text-sm" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
