import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RecapList } from '@/components/recaps/recap-list';
import { isLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { readRecapFilter } from '@/lib/recaps/filter-params';
import { recapListHeading } from '@/lib/recaps/list-heading';
import { listRecaps } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

// `/recaps` with a filter or a page number, rendered per request. Without any,
// next.config.js rewrites it to the cached listing (lib/routing/listings.mjs).

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const filter = readRecapFilter(await searchParams);
  const filtered = Boolean(filter.tag || filter.year || filter.city || (filter.page ?? 1) > 1);
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'recaps' }), listRecaps(filter, locale)]);
  // Says what is shown: "Recaps tagged Kubernetes in 2023", and which page.
  const heading = recapListHeading(locale, filter, result.facets);
  return pageMetadata({
    inEveryLanguage: true,
    locale,
    title: result.page > 1 ? t('pageTitle', { heading, page: result.page }) : heading,
    description: t('metaDescription'),
    path: localePath(locale, '/recaps'),
    // Filtered and paged views are duplicates of /recaps for search engines.
    noindex: filtered,
  });
}

export default async function RecapsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const filter = readRecapFilter(await searchParams);
  return <RecapList locale={locale} filter={filter} result={await listRecaps(filter, locale)} />;
}
