import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';
import { PageHeader } from '@/components/ui/page-header';
import { MAX_LIMIT, search, type SearchResult } from '@/lib/search/queries';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { pageMetadata } from '@/lib/seo';
import { env } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/locales';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

const firstQ = async (searchParams: Props['searchParams']) => [(await searchParams).q].flat()[0] ?? '';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await firstQ(searchParams)).toWellFormed();
  return pageMetadata({ title: q ? `Search: ${q.slice(0, 60)}` : 'Search', description: 'Search talks, speakers and recaps.', path: '/search', noindex: true });
}

/** Works without JavaScript: a plain GET form, results rendered on the server. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: value } = await params;
  // Each event once, in the page's language when that version matches.
  const locale = isLocale(value) ? value : env.defaultLocale;
  // A lone surrogate in the URL would otherwise be echoed into the HTML as-is.
  const q = (await firstQ(searchParams)).toWellFormed();
  const result = q.trim() ? await searchOrExplain(q, locale) : null;
  return (
    <>
      <PageHeader title="Search" />
      {/* Named apart from the header's box ("Search recaps"), so the two fields and landmarks can be told apart. */}
      <form action="/search" method="get" role="search" aria-label="Full search" className="mb-8 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search words
        </label>
        {/* maxLength a little above the limit: an over-long query gets the message, not a silent cut. */}
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH * 2}
          placeholder="HwameiStor, 云原生, Michael Yuan…"
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="btn-link">
          Search
        </button>
      </form>
      {!result && (
        <p className="text-zinc-700 dark:text-zinc-300">Search recap titles and descriptions, talks, speakers and their companies, in English or Chinese.</p>
      )}
      {result && !result.ok && (
        <p role="status" className="text-zinc-700 dark:text-zinc-300">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <section aria-labelledby="results-title">
          {/* A heading may not take role=status (axe aria-allowed-role): the live region wraps it. */}
          <div role="status">
            <h2 id="results-title" className="mb-4 text-lg font-semibold">
              {result.hits.length === 0
                ? `No results for “${q}”.`
                : `${result.hits.length === MAX_LIMIT ? `Top ${MAX_LIMIT}` : result.hits.length} result${result.hits.length === 1 ? '' : 's'} for “${q}”`}
            </h2>
          </div>
          <SearchResults hits={result.hits} terms={result.terms} />
        </section>
      )}
    </>
  );
}

/**
 * The search, or a message if the database failed: in the second before the
 * health probe notices PostgreSQL is down (proxy.ts answers 503 after that),
 * the reader gets a sentence and keeps their query instead of the error page.
 */
async function searchOrExplain(q: string, locale: Locale): Promise<SearchResult> {
  try {
    return await search(q, MAX_LIMIT, locale);
  } catch (error) {
    console.error('[search] query failed:', error instanceof Error ? error.message : error);
    return { ok: false, message: 'Search is unavailable right now. Please try again in a moment.' };
  }
}
