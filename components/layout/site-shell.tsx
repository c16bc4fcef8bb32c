import type { ReactNode } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import type { SwitcherTarget } from './language-switcher';
import { SiteHeader } from './site-header';

/**
 * The html/body frame shared by the public root layouts, in `locale`: the
 * pages under app/(site)/[locale] take it from the URL, a recap page from the
 * recap's own language (app/(recap)), so chrome and text agree.
 */
export async function SiteShell({ locale, siteName, switcher, children }: { locale: Locale; siteName: string; switcher: SwitcherTarget; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader locale={locale} siteName={siteName} switcher={switcher} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-zinc-200 py-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4">
            <span>{t('footer.about', { siteName })}</span>
            <Link href={localePath(locale, '/feed.xml')} className="underline">
              {t('footer.feed')}
            </Link>
            <Link href="/sitemap.xml" className="underline">
              {t('footer.sitemap')}
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
