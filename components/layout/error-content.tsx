'use client';

import { useParams } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { HTML_LANG, isLocale, type Locale } from '@/lib/i18n/locales.mjs';
import { ERROR_STRINGS } from './error-strings';

const noSubscription = () => () => {};

/**
 * The language of the failed page: its URL's (`[locale]`), or else the one its
 * layout wrote into `<html lang>` (a recap page follows its recap), or English
 * while rendering on the server without either.
 */
function useErrorLocale(): Locale {
  const params = useParams<{ locale?: string }>();
  const htmlLang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => '',
  );
  if (isLocale(params?.locale)) return params.locale;
  return htmlLang === HTML_LANG.zh ? 'zh' : 'en';
}

/**
 * Friendly error page, in the page's language: no message or stack from the server ever reaches the reader.
 * "Home" is a plain link, not next/link: a full load is the surer way out of a failed
 * page, and next/link would add its 3 KB of JavaScript to the error boundaries' chunk,
 * which every page loads (bench/README.md, Page speed). For the same reason its words
 * are the small ERROR_STRINGS, not a catalog. "Home" in English is `/` as before; in
 * Chinese `/zh`, which is the Chinese home page, or redirects to `/` when Chinese is the
 * default locale (the client does not know DEFAULT_LOCALE).
 */
export function ErrorContent({ digest, reset, locale: given }: { digest?: string; reset?: () => void; locale?: Locale }) {
  const found = useErrorLocale();
  const locale = given ?? found;
  const t = ERROR_STRINGS[locale];
  const home = locale === 'en' ? '/' : `/${locale}`;
  return (
    <div className="py-16 text-center" lang={HTML_LANG[locale]}>
      <h1 className="text-3xl font-bold text-zinc-900 dark:text-zinc-50">{t.title}</h1>
      <p className="mx-auto mt-4 max-w-md text-zinc-600 dark:text-zinc-400">
        {t.body}
        {digest && <span className="mt-2 block text-xs">{t.reference.replace('{digest}', digest)}</span>}
      </p>
      <p className="mt-6 flex justify-center gap-3">
        {reset && (
          <button type="button" onClick={reset} className="btn-link">
            {t.retry}
          </button>
        )}
        {/* A plain <a>: a full load on purpose (above). */}
        <a className="btn-link" href={home}>
          {t.home}
        </a>
      </p>
    </div>
  );
}
