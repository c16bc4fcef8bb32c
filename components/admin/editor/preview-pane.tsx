import type { PreviewView } from './use-preview';

/** The server-rendered draft, in the same prose container as the public recap page. */
export function PreviewPane({ view }: { view: PreviewView }) {
  return (
    <section data-testid="preview" aria-labelledby="preview-heading" aria-busy={view.pending} className="min-w-0">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {view.pending ? 'Updating…' : view.result ? `Rendered in ${Math.round(view.result.renderMs)} ms` : ''}
        </p>
      </div>
      {view.error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {view.error}
        </p>
      )}
      <article className="prose prose-zinc mt-3 max-w-none rounded-lg border border-zinc-200 p-4 dark:border-zinc-800 dark:prose-invert">
        {view.result?.node ??
          (view.result ? (
            <p>The body cannot be rendered yet; fix the problems listed under the editor.</p>
          ) : (
            <p>The preview appears here.</p>
          ))}
      </article>
    </section>
  );
}
