import Link from 'next/link';
import { HTML_LANG } from '@/lib/i18n/locales';
import type { RecapSummary } from '@/lib/recaps/types';

export function RecapNeighbours({ previous, next }: { previous?: RecapSummary; next?: RecapSummary }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="More recaps" className="mt-6 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={`/recaps/${previous.slug}`} rel="prev" className="rounded-lg border border-zinc-200 p-4 hover:border-teal-600 dark:border-zinc-800">
          <span className="block text-xs uppercase tracking-wide">← Previous recap</span>
          {/* A neighbour may be an event published only in the other language: its title keeps its own lang. */}
          <span lang={HTML_LANG[previous.locale]} className="mt-1 block font-medium text-zinc-900 dark:text-zinc-100">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/recaps/${next.slug}`} rel="next" className="rounded-lg border border-zinc-200 p-4 text-right hover:border-teal-600 dark:border-zinc-800">
          <span className="block text-xs uppercase tracking-wide">Next recap →</span>
          <span lang={HTML_LANG[next.locale]} className="mt-1 block font-medium text-zinc-900 dark:text-zinc-100">
            {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
