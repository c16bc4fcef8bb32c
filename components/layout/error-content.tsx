'use client';

/**
 * Friendly error page: no message or stack from the server ever reaches the reader.
 * "Home" is a plain link, not next/link: a full load is the surer way out of a failed
 * page, and next/link would add its 3 KB of JavaScript to the error boundaries' chunk,
 * which every page loads (bench/README.md, Page speed).
 */
export function ErrorContent({ digest, reset }: { digest?: string; reset?: () => void }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-bold text-zinc-900 dark:text-zinc-50">Something went wrong</h1>
      <p className="mx-auto mt-4 max-w-md text-zinc-600 dark:text-zinc-400">
        We couldn’t show this page just now. Please try again in a moment.
        {digest && <span className="mt-2 block text-xs">Reference: {digest}</span>}
      </p>
      <p className="mt-6 flex justify-center gap-3">
        {reset && (
          <button type="button" onClick={reset} className="btn-link">
            Try again
          </button>
        )}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose (above) */}
        <a className="btn-link" href="/">
          Home
        </a>
      </p>
    </div>
  );
}
