import { useTranslations } from 'next-intl';
import { SpeakerSuggestions } from './speaker-suggestions';
import type { PreviewView } from './use-preview';

/** The server-rendered draft, laid out by the public page's own component. */
export function PreviewPane({ view }: { view: PreviewView }) {
  const t = useTranslations('editor.preview');
  const result = view.result;
  // No render for the latest text: the body has problems. Keep the last good one, marked out of date.
  const stale = result !== null && !result.node && view.lastGood !== null;
  const problems = result?.diagnostics.length ?? 0;
  return (
    <section data-testid="preview" aria-labelledby="preview-heading" aria-busy={view.pending} className="min-w-0">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {view.pending ? t('updating') : result && !stale ? t('renderedIn', { ms: Math.round(result.renderMs) }) : ''}
        </p>
      </div>
      {view.error !== null && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {t('unavailable', { message: view.error || t('noAnswer') })}
        </p>
      )}
      <SpeakerSuggestions suggestions={result?.speakerSuggestions ?? []} />
      {/* Polite, not an alert: it changes while the author types, and the problems themselves are listed under the editor. */}
      <p
        aria-live="polite"
        data-testid="preview-stale"
        className={stale ? 'mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100' : 'sr-only'}
      >
        {stale ? t('stale', { count: problems }) : ''}
      </p>
      <div
        data-testid="preview-content"
        data-stale={stale || undefined}
        className={`mt-3 min-w-0 rounded-lg border p-4 ${stale ? 'border-2 border-dashed border-amber-500' : 'border-zinc-200 dark:border-zinc-800'}`}
      >
        {result?.node ?? (stale ? view.lastGood : result ? <p>{t('cannotRender')}</p> : <p>{t('placeholder')}</p>)}
      </div>
    </section>
  );
}
