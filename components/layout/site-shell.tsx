import type { ReactNode } from 'react';
import Link from 'next/link';
import { SiteHeader } from './site-header';

/**
 * The html/body frame shared by the root layouts. The public site has two
 * root layouts so that a recap page can set `<html lang>` from its locale.
 */
export function SiteShell({ lang, siteName, children }: { lang: string; siteName: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-20 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
        >
          Skip to content
        </a>
        <SiteHeader siteName={siteName} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-zinc-200 py-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4">
            <span>{siteName}: recaps of community meetups.</span>
            <Link href="/feed.xml" className="underline">
              RSS feed
            </Link>
            <Link href="/sitemap.xml" className="underline">
              Sitemap
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
