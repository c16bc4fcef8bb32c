import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { FilterBar } from '@/components/recaps/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';
import type { RecapFilter, RecapPage } from '@/lib/recaps/public-reads';
import { filterHref } from '@/lib/recaps/filter-params';
import { recapListHeading } from '@/lib/recaps/list-heading';

/** The recap list: `/recaps` unfiltered (cached, app/(site)/[locale]/listings) or filtered and paged (app/(site)/[locale]/recaps). */
export function RecapList({ locale, filter, result }: { locale: Locale; filter: RecapFilter; result: RecapPage }) {
  const t = translator(locale, 'recaps');
  return (
    <>
      <PageHeader title={recapListHeading(locale, filter, result.facets)}>
        <p>{t('count', { count: result.total })}</p>
      </PageHeader>
      <FilterBar locale={locale} filter={filter} facets={result.facets} />
      {result.items.length ? (
        <RecapGrid locale={locale} recaps={result.items} />
      ) : (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          {t('empty')}{' '}
          <Link href={localePath(locale, '/recaps')} className="underline">
            {t('showAll')}
          </Link>
        </p>
      )}
      <Pager
        locale={locale}
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => localePath(locale, filterHref(filter, { page }))}
        previousLabel={t('newer')}
        nextLabel={t('older')}
      />
    </>
  );
}
