import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { SearchHit } from '@/lib/search/queries';
import { Highlight } from './highlight';

/**
 * Each hit is in its recap's language (`lang` on the item); the list's own
 * words and dates inside it are the page's, marked back when the two differ.
 */
const langOf = (recapLocale: string) => (recapLocale === 'zh' ? 'zh-CN' : 'en');

/** The /search page's result list (server-rendered; works without JavaScript), in the page's language. */
export function SearchResults({ locale, hits, terms }: { locale: Locale; hits: SearchHit[]; terms: string[] }) {
  const t = translator(locale, 'search');
  return (
    <ol className="space-y-4" data-testid="search-results">
      {hits.map((hit) => {
        const chromeLang = hit.recap.locale === locale ? undefined : HTML_LANG[locale];
        return (
          <li key={hit.href} lang={langOf(hit.recap.locale)} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="font-semibold text-zinc-900 dark:text-zinc-50">
              <Link href={hit.href} className="hover:underline">
                <Highlight text={hit.talk ? hit.talk.title : hit.recap.title} terms={terms} />
              </Link>
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {hit.talk && (
                <>
                  <Highlight text={hit.talk.speakers} terms={terms} /> · <span lang={chromeLang}>{t('inRecap')}</span>{' '}
                  <Link href={`/recaps/${hit.recap.slug}`} className="underline">
                    <Highlight text={hit.recap.title} terms={terms} />
                  </Link>{' '}
                  ·{' '}
                </>
              )}
              <time dateTime={hit.recap.date} lang={chromeLang}>
                {formatDate(hit.recap.date, locale)}
              </time>
            </p>
            {hit.snippet && (
              <p className="mt-2 text-sm">
                <Highlight text={hit.snippet} terms={terms} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
