import Link from 'next/link';
import { formatDate } from '@/lib/format';
import type { SearchHit } from '@/lib/search/queries';
import { Highlight } from './highlight';

/** The /search page's result list (server-rendered; works without JavaScript). */
export function SearchResults({ hits, terms }: { hits: SearchHit[]; terms: string[] }) {
  return (
    <ol className="space-y-4" data-testid="search-results">
      {hits.map((hit) => (
        <li key={hit.href} lang={hit.recap.locale === 'zh' ? 'zh-CN' : 'en'} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <p className="font-semibold text-zinc-900 dark:text-zinc-50">
            <Link href={hit.href} className="hover:underline">
              <Highlight text={hit.talk ? hit.talk.title : hit.recap.title} terms={terms} />
            </Link>
          </p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {hit.talk && (
              <>
                <Highlight text={hit.talk.speakers} terms={terms} /> · in{' '}
                <Link href={`/recaps/${hit.recap.slug}`} className="underline">
                  <Highlight text={hit.recap.title} terms={terms} />
                </Link>{' '}
                ·{' '}
              </>
            )}
            <time dateTime={hit.recap.date}>{formatDate(hit.recap.date, hit.recap.locale)}</time>
          </p>
          {hit.snippet && (
            <p className="mt-2 text-sm">
              <Highlight text={hit.snippet} terms={terms} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
