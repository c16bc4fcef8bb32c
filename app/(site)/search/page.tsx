import type { Metadata } from 'next';
import Link from 'next/link';
import { Highlight } from '@/components/search/highlight';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate } from '@/lib/format';
import { search } from '@/lib/search/queries';
import { pageMetadata } from '@/lib/seo';

interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = [(await searchParams).q].flat()[0];
  return pageMetadata({ title: q ? `Search: ${q.slice(0, 60)}` : 'Search', description: 'Search talks, speakers and recaps.', path: '/search', noindex: true });
}

export default async function SearchPage({ searchParams }: Props) {
  const q = [(await searchParams).q].flat()[0] ?? '';
  const result = q ? await search(q) : null;
  return (
    <>
      <PageHeader title="Search" />
      <form action="/search" method="get" role="search" className="mb-8 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">Search recaps</label>
        <input id="search-page-q" name="q" type="search" defaultValue={q} maxLength={400} placeholder="HwameiStor, 云原生, Michael Yuan…" className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900" />
        <button type="submit" className="btn-link">Search</button>
      </form>
      {result && !result.ok && <p role="status" className="text-zinc-700 dark:text-zinc-300">{result.message}</p>}
      {result?.ok && (
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="mb-4 text-lg font-semibold" role="status">
            {result.hits.length === 0 ? `No results for “${q}”.` : `${result.hits.length} result${result.hits.length === 1 ? '' : 's'} for “${q}”`}
          </h2>
          <ol className="space-y-4" data-testid="search-results">
            {result.hits.map((hit) => (
              <li key={`${hit.recap.slug}#${hit.talk?.id ?? ''}`} lang={hit.recap.locale === 'zh' ? 'zh-CN' : 'en'} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <p className="font-semibold text-zinc-900 dark:text-zinc-50">
                  <Link href={hit.talk ? `/recaps/${hit.recap.slug}#${hit.talk.id}` : `/recaps/${hit.recap.slug}`} className="hover:underline">
                    <Highlight text={hit.talk ? hit.talk.title : hit.recap.title} terms={result.terms} />
                  </Link>
                </p>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {hit.talk && (
                    <>
                      <Highlight text={hit.talk.speakers.map((s) => s.name).join(', ')} terms={result.terms} /> · in{' '}
                    </>
                  )}
                  <Link href={`/recaps/${hit.recap.slug}`} className="underline">{hit.recap.title}</Link> · <time dateTime={hit.recap.date}>{formatDate(hit.recap.date, hit.recap.locale)}</time>
                </p>
                {hit.snippet && <p className="mt-2 text-sm"><Highlight text={hit.snippet} terms={result.terms} /></p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
