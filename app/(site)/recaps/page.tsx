import type { Metadata } from 'next';
import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { FilterBar } from '@/components/recaps/filter-bar';
import { PageHeader } from '@/components/ui/page-header';
import { listRecaps } from '@/lib/recaps/queries';
import { filterHref, readRecapFilter } from '@/lib/recaps/filter-params';
import { pageMetadata } from '@/lib/seo';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filter = readRecapFilter(await searchParams);
  const filtered = Boolean(filter.tag || filter.year || filter.city || (filter.page ?? 1) > 1);
  return pageMetadata({
    title: 'All recaps',
    description: 'Every meetup recap, newest first. Filter by topic, year and city.',
    path: '/recaps',
    // Filtered and paged views are duplicates of /recaps for search engines.
    noindex: filtered,
  });
}

export default async function RecapsPage({ searchParams }: Props) {
  const filter = readRecapFilter(await searchParams);
  const result = await listRecaps(filter);
  return (
    <>
      <PageHeader title="All recaps">
        <p>{result.total === 1 ? '1 recap' : `${result.total} recaps`}, newest event first.</p>
      </PageHeader>
      <FilterBar filter={filter} facets={result.facets} />
      {result.items.length ? (
        <RecapGrid recaps={result.items} />
      ) : (
        <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          No recap matches these filters. <Link href="/recaps" className="underline">Show all recaps</Link>
        </p>
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-4">
          {result.page > 1 && (
            <Link rel="prev" className="btn-link" href={filterHref(filter, { page: result.page - 1 })}>
              ← Newer
            </Link>
          )}
          <span className="text-sm">
            Page {result.page} of {result.pageCount}
          </span>
          {result.page < result.pageCount && (
            <Link rel="next" className="btn-link" href={filterHref(filter, { page: result.page + 1 })}>
              Older →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
