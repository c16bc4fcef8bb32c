import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { FilterBar } from '@/components/recaps/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import type { Locale } from '@/lib/i18n/locales';
import type { RecapFilter, RecapPage } from '@/lib/recaps/public-reads';
import { filterHref } from '@/lib/recaps/filter-params';

export const RECAPS_DESCRIPTION = 'Every meetup recap, newest first. Filter by topic, year and city.';

/** The recap list: `/recaps` unfiltered (cached, app/(site)/listings) or filtered and paged (app/(site)/recaps). */
export function RecapList({ filter, result, locale }: { filter: RecapFilter; result: RecapPage; locale: Locale }) {
  return (
    <>
      <PageHeader title={result.heading}>
        <p>{result.total === 1 ? '1 recap' : `${result.total} recaps`}, newest event first.</p>
      </PageHeader>
      <FilterBar filter={filter} facets={result.facets} />
      {result.items.length ? (
        <RecapGrid recaps={result.items} pageLocale={locale} />
      ) : (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          No recap matches these filters.{' '}
          <Link href="/recaps" className="underline">
            Show all recaps
          </Link>
        </p>
      )}
      <Pager page={result.page} pageCount={result.pageCount} href={(page) => filterHref(filter, { page })} previousLabel="← Newer" nextLabel="Older →" />
    </>
  );
}
