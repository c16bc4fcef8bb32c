import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { otherLocale } from '@/lib/i18n/paths';
import { SamePageLanguageLink } from './same-page-language-link';

/**
 * Where the header's language link goes:
 * - `same-page`: every page under app/(site)/[locale] exists in both languages, so the link is the same path in the other one;
 * - `translation`: a recap page links to its published translation, or says there is none (`href: null`), never to a page that does not exist.
 */
export type SwitcherTarget = { kind: 'same-page' } | { kind: 'translation'; href: string | null };

const LINK = 'rounded px-2 py-1 text-sm text-zinc-700 underline-offset-4 hover:text-teal-700 hover:underline dark:text-zinc-300 dark:hover:text-teal-300';

export async function LanguageSwitcher({ locale, target }: { locale: Locale; target: SwitcherTarget }) {
  const t = await getTranslations({ locale, namespace: 'common.language' });
  const other = otherLocale(locale);
  const label = t(other);
  const lang = HTML_LANG[other];
  return (
    <div className="ml-auto text-sm" role="group" aria-label={t('switcherLabel')}>
      {target.kind === 'same-page' ? (
        // Without JavaScript, and before the URL's query is known, the link goes to the page without its filters.
        <Suspense
          fallback={
            <SamePageLanguageLink locale={locale} to={other} defaultLocale={env.defaultLocale} label={label} lang={lang} className={LINK} withQuery={false} />
          }
        >
          <SamePageLanguageLink locale={locale} to={other} defaultLocale={env.defaultLocale} label={label} lang={lang} className={LINK} withQuery />
        </Suspense>
      ) : target.href ? (
        <a href={target.href} hrefLang={lang} lang={lang} className={LINK}>
          {label}
        </a>
      ) : (
        <span className="px-2 py-1 text-zinc-500 dark:text-zinc-400">{t('noTranslation', { language: t(`inSentence.${other}`) })}</span>
      )}
    </div>
  );
}
