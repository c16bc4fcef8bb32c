import Link from 'next/link';
import type { RecapSummary } from '@/lib/recaps/types';

export function RecapNeighbours({ previous, next }: { previous?: RecapSummary; next?: RecapSummary }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="More recaps" className="mt-6 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={`/recaps/${previous.slug}`} rel="prev" className="rounded-lg border border-zinc-200 p-4 hover:border-teal-600 dark:border-zinc-800">
          <span className="block text-xs uppercase tracking-wide">← Previous recap</span>
          <span className="mt-1 block font-medium text-zinc-900 dark:text-zinc-100">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/recaps/${next.slug}`} rel="next" className="rounded-lg border border-zinc-200 p-4 text-right hover:border-teal-600 dark:border-zinc-800">
          <span className="block text-xs uppercase tracking-wide">Next recap →</span>
          <span className="mt-1 block font-medium text-zinc-900 dark:text-zinc-100">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
