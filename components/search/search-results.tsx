import Link from 'next/link';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { SearchHit } from '@/lib/search/queries';
import { Highlight } from './highlight';

/** A hit's text keeps its recap's language; the list's own words and dates are the page's. */
const langOf = (hit: SearchHit, locale: Locale) => (hit.recap.locale === locale ? undefined : hit.recap.locale === 'zh' ? 'zh-CN' : 'en');

/** The /search page's result list (server-rendered; works without JavaScript), in the page's language. */
export function SearchResults({ locale, hits, terms }: { locale: Locale; hits: SearchHit[]; terms: string[] }) {
  const t = translator(locale, 'search');
  return (
    <ol className="space-y-4" data-testid="search-results">
      {hits.map((hit) => {
        const lang = langOf(hit, locale);
        return (
          <li key={hit.href} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <p lang={lang} className="font-semibold text-zinc-900 dark:text-zinc-50">
              <Link href={hit.href} className="hover:underline">
                <Highlight text={hit.talk ? hit.talk.title : hit.recap.title} terms={terms} />
              </Link>
            </p>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {hit.talk && (
                <>
                  <span lang={lang}>
                    <Highlight text={hit.talk.speakers} terms={terms} />
                  </span>{' '}
                  · {t('inRecap')}{' '}
                  <Link href={`/recaps/${hit.recap.slug}`} lang={lang} className="underline">
                    <Highlight text={hit.recap.title} terms={terms} />
                  </Link>{' '}
                  ·{' '}
                </>
              )}
              <time dateTime={hit.recap.date}>{formatDate(hit.recap.date, locale)}</time>
            </p>
            {hit.snippet && (
              <p lang={lang} className="mt-2 text-sm">
                <Highlight text={hit.snippet} terms={terms} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
