import type { Metadata } from 'next';
import { RECAPS_DESCRIPTION, RecapList } from '@/components/recaps/recap-list';
import { readRecapFilter } from '@/lib/recaps/filter-params';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { listRecaps } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

// `/recaps` with a filter or a page number, rendered per request. Without any,
// next.config.js rewrites it to the cached listing (lib/routing/listings.mjs).

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const localeOf = async (params: Props['params']) => {
  const { locale } = await params;
  return isLocale(locale) ? locale : env.defaultLocale;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const filter = readRecapFilter(await searchParams);
  const filtered = Boolean(filter.tag || filter.year || filter.city || (filter.page ?? 1) > 1);
  const result = await listRecaps(filter, await localeOf(params));
  return pageMetadata({
    // Says what is shown: "Recaps tagged Kubernetes in 2023", and which page.
    title: result.page > 1 ? `${result.heading}, page ${result.page}` : result.heading,
    description: RECAPS_DESCRIPTION,
    path: '/recaps',
    // Filtered and paged views are duplicates of /recaps for search engines.
    noindex: filtered,
  });
}

export default async function RecapsPage({ params, searchParams }: Props) {
  const filter = readRecapFilter(await searchParams);
  const locale = await localeOf(params);
  return <RecapList filter={filter} result={await listRecaps(filter, locale)} locale={locale} />;
}
