import { SpeakerSuggestions } from './speaker-suggestions';
import type { PreviewView } from './use-preview';

/** The server-rendered draft, laid out by the public page's own component. */
export function PreviewPane({ view }: { view: PreviewView }) {
  const result = view.result;
  // No render for the latest text: the body has problems. Keep the last good one, marked out of date.
  const stale = result !== null && !result.node && view.lastGood !== null;
  const problems = result?.diagnostics.length ?? 0;
  return (
    <section data-testid="preview" aria-labelledby="preview-heading" aria-busy={view.pending} className="min-w-0">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {view.pending ? 'Updating…' : result && !stale ? `Rendered in ${Math.round(result.renderMs)} ms` : ''}
        </p>
      </div>
      {view.error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {view.error}
        </p>
      )}
      <SpeakerSuggestions suggestions={result?.speakerSuggestions ?? []} />
      {/* Polite, not an alert: it changes while the author types, and the problems themselves are listed under the editor. */}
      <p
        aria-live="polite"
        data-testid="preview-stale"
        className={stale ? 'mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100' : 'sr-only'}
      >
        {stale
          ? `Out of date: the body has ${problems === 1 ? '1 problem' : `${problems} problems`}. This is the last version that rendered; fix the problems listed under the editor to update it.`
          : ''}
      </p>
      <div
        data-testid="preview-content"
        data-stale={stale || undefined}
        className={`mt-3 min-w-0 rounded-lg border p-4 ${stale ? 'border-2 border-dashed border-amber-500' : 'border-zinc-200 dark:border-zinc-800'}`}
      >
        {result?.node ??
          (stale ? (
            view.lastGood
          ) : result ? (
            <p>The body cannot be rendered yet; fix the problems listed under the editor.</p>
          ) : (
            <p>The preview appears here.</p>
          ))}
      </div>
    </section>
  );
}
