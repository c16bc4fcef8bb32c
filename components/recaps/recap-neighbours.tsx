import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { langIfOther } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import type { RecapSummary } from '@/lib/recaps/types';

/** The previous and next recap, in the page's language (`locale`); each title keeps its own recap's. */
export function RecapNeighbours({ locale, previous, next }: { locale: Locale; previous?: RecapSummary; next?: RecapSummary }) {
  if (!previous && !next) return null;
  const t = translator(locale, 'recap');
  return (
    <nav aria-label={t('neighbours')} className="mt-6 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={`/recaps/${previous.slug}`} rel="prev" className="rounded-lg border border-zinc-200 p-4 hover:border-teal-600 dark:border-zinc-800">
          <span className="block text-xs uppercase tracking-wide">{t('previous')}</span>
          <span lang={langIfOther(previous.locale, locale)} className="mt-1 block font-medium text-zinc-900 dark:text-zinc-100">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/recaps/${next.slug}`} rel="next" className="rounded-lg border border-zinc-200 p-4 text-right hover:border-teal-600 dark:border-zinc-800">
          <span className="block text-xs uppercase tracking-wide">{t('next')}</span>
          <span lang={langIfOther(next.locale, locale)} className="mt-1 block font-medium text-zinc-900 dark:text-zinc-100">
            {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
