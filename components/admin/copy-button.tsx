'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * Copies `text` to the clipboard and says so. The clipboard API exists only on
 * https and localhost; elsewhere the button says how to copy by hand, and the
 * field next to it (`fallbackId`) is selected for that.
 */
export function CopyButton({ text, label, fallbackId }: { text: string; label: string; fallbackId: string }) {
  const t = useTranslations('admin.copy');
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      (document.getElementById(fallbackId) as HTMLInputElement | null)?.select();
      setStatus(t('failed'));
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="btn-link text-sm">
        {label}
      </button>
      <span role="status" className="text-xs text-zinc-700 dark:text-zinc-300">
        {status}
      </span>
    </span>
  );
}
