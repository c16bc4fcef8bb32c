import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';

const WAYS_ON = [
  { key: 'recaps', path: '/recaps' },
  { key: 'speakers', path: '/speakers' },
  { key: 'search', path: '/search' },
  { key: 'home', path: '/' },
] as const;

/** The helpful 404 in the page's language: say what happened and offer the ways on, in the same language. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = translator(locale, 'errors.notFound');
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-teal-700 dark:text-teal-300">404</p>
      <h1 className="mt-2 text-3xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <p className="mx-auto mt-4 max-w-md text-zinc-600 dark:text-zinc-400">{t('body')}</p>
      <ul className="mt-6 flex flex-wrap justify-center gap-3">
        {WAYS_ON.map((way) => (
          <li key={way.key}>
            <Link className="btn-link" href={localePath(locale, way.path)}>
              {t(way.key)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
