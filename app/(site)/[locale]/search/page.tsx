import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SearchResults } from '@/components/search/search-results';
import { PageHeader } from '@/components/ui/page-header';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { searchProblemText } from '@/lib/search/problem-text';
import { MAX_LIMIT, search, type SearchResult } from '@/lib/search/queries';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { pageMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

const firstQ = async (searchParams: Props['searchParams']) => [(await searchParams).q].flat()[0] ?? '';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'search' });
  const q = (await firstQ(searchParams)).toWellFormed();
  return pageMetadata({
    inEveryLanguage: true,
    locale,
    title: q ? t('metaTitleQuery', { query: q.slice(0, 60) }) : t('metaTitle'),
    description: t('metaDescription'),
    path: localePath(locale, '/search'),
    noindex: true,
  });
}

/** Works without JavaScript: a plain GET form, results rendered on the server. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'search' });
  // A lone surrogate in the URL would otherwise be echoed into the HTML as-is.
  const q = (await firstQ(searchParams)).toWellFormed();
  const result = q.trim() ? await searchOrExplain(q, locale) : null;
  const count = result?.ok ? result.hits.length : 0;
  return (
    <>
      <PageHeader title={t('title')} />
      {/* Named apart from the header's box ("Search recaps"), so the two fields and landmarks can be told apart. */}
      <form action={localePath(locale, '/search')} method="get" role="search" aria-label={t('pageForm')} className="mb-8 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t('pageLabel')}
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
          {t('submit')}
        </button>
      </form>
      {!result && <p className="text-zinc-700 dark:text-zinc-300">{t('hint')}</p>}
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
              {count === 0 ? t('noResults', { query: q }) : count === MAX_LIMIT ? t('topResults', { count, query: q }) : t('results', { count, query: q })}
            </h2>
          </div>
          <SearchResults locale={locale} hits={result.hits} terms={result.terms} />
        </section>
      )}
    </>
  );
}

/**
 * The search, or a message if the database failed: in the second before the
 * health probe notices PostgreSQL is down (proxy.ts answers 503 after that),
 * the reader gets a sentence and keeps their query instead of the error page.
 * Messages are in the page's language.
 */
async function searchOrExplain(q: string, locale: Locale): Promise<SearchResult> {
  try {
    const result = await search(q, MAX_LIMIT, locale);
    return result.ok ? result : { ok: false, message: searchProblemText(locale, result) };
  } catch (error) {
    console.error('[search] query failed:', error instanceof Error ? error.message : error);
    return { ok: false, message: searchProblemText(locale, 'unavailable') };
  }
}
