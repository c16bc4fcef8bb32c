import { useLocale, useTranslations } from 'next-intl';
import { HTML_LANG } from '@/lib/i18n/locales';

interface Props {
  savedAt: number;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offered on load when this browser holds newer, different text than the server. */
export function RestoreBanner({ savedAt, onRestore, onDiscard }: Props) {
  const t = useTranslations('editor.restore');
  const locale = useLocale();
  return (
    <section
      data-testid="restore-banner"
      aria-labelledby="restore-banner-heading"
      className="my-4 rounded-lg border border-amber-500 bg-amber-50 p-4 text-sm dark:bg-amber-950/40"
    >
      <h2 id="restore-banner-heading" className="font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1">
        {t.rich('body', { time: () => <time dateTime={new Date(savedAt).toISOString()}>{new Date(savedAt).toLocaleString(HTML_LANG[locale])}</time> })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn-link" onClick={onRestore}>
          {t('restore')}
        </button>
        <button type="button" className="btn-link" onClick={onDiscard}>
          {t('discard')}
        </button>
      </div>
    </section>
  );
}
