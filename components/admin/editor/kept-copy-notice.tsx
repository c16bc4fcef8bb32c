import { useState } from 'react';
import { useTranslations } from 'next-intl';

interface Props {
  text: string;
  onDismiss: () => void;
}

/** After "Use theirs": the author's own text is in localStorage and one click from the clipboard. */
export function KeptCopyNotice({ text, onDismiss }: Props) {
  const t = useTranslations('editor.kept');
  const [message, setMessage] = useState('');
  const [showText, setShowText] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('copied'));
    } catch {
      // Clipboard access can be refused; show the text so it can be copied by hand.
      setShowText(true);
      setMessage(t('copyRefused'));
    }
  }

  return (
    <section data-testid="kept-copy" aria-label={t('label')} className="my-4 rounded-lg border border-zinc-300 p-4 text-sm dark:border-zinc-700">
      <p>{t('body')}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn-link" onClick={copy}>
          {t('copy')}
        </button>
        <button type="button" className="btn-link" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2">
        {message}
      </p>
      {showText && (
        <label className="mt-2 block font-medium">
          {t('myText')}
          <textarea readOnly value={text} className="mt-1 block h-48 w-full rounded-md border border-zinc-300 p-2 font-mono text-xs" />
        </label>
      )}
    </section>
  );
}
