import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { HeaderSearch } from '@/components/search/header-search';
import { searchBoxProps } from '@/components/search/search-box-strings';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { LanguageSwitcher, type SwitcherTarget } from './language-switcher';

const NAV = [
  { path: '/events', key: 'events' },
  { path: '/recaps', key: 'recaps' },
  { path: '/speakers', key: 'speakers' },
  { path: '/tags', key: 'tags' },
] as const;

export async function SiteHeader({ locale, siteName, switcher }: { locale: Locale; siteName: string; switcher: SwitcherTarget }) {
  const [t, te] = await Promise.all([getTranslations({ locale, namespace: 'common' }), getTranslations({ locale, namespace: 'events' })]);
  return (
    <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={localePath(locale, '/')} className="font-semibold text-zinc-900 dark:text-zinc-50">
          {siteName}
        </Link>
        <nav aria-label={t('mainNav')} className="flex gap-4 text-sm">
          {NAV.map((item) => (
            <Link
              key={item.path}
              href={localePath(locale, item.path)}
              className="text-zinc-700 hover:text-teal-700 dark:text-zinc-300 dark:hover:text-teal-300"
            >
              {item.key === 'events' ? te('title') : t(`nav.${item.key}`)}
            </Link>
          ))}
        </nav>
        {/* A plain GET form; its live search loads on first focus or input. */}
        <HeaderSearch {...searchBoxProps(locale)} />
        <LanguageSwitcher locale={locale} target={switcher} />
      </div>
    </header>
  );
}
