import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

/** "← Newer · Page 2 of 9 · Older →" for a paged list, in the page's language; nothing when there is one page. */
export function Pager({
  locale,
  page,
  pageCount,
  href,
  previousLabel,
  nextLabel,
}: {
  locale: Locale;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  previousLabel?: string;
  nextLabel?: string;
}) {
  if (pageCount <= 1) return null;
  const t = translator(locale, 'common.pager');
  return (
    <nav aria-label={t('label')} className="mt-10 flex items-center justify-center gap-4">
      {page > 1 && (
        <Link rel="prev" className="btn-link" href={href(page - 1)}>
          {previousLabel ?? t('previous')}
        </Link>
      )}
      <span className="text-sm">{t('status', { page, pageCount })}</span>
      {page < pageCount && (
        <Link rel="next" className="btn-link" href={href(page + 1)}>
          {nextLabel ?? t('next')}
        </Link>
      )}
    </nav>
  );
}
