import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EventList } from '@/components/events/event-list';
import { now } from '@/lib/events/clock';
import { isLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { readRecapFilter } from '@/lib/recaps/filter-params';
import { recapListHeading } from '@/lib/recaps/list-heading';
import { listEvents } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

// `/events` with a filter or a page number, rendered per request. Without any,
// next.config.js rewrites it to the cached listing (lib/routing/listings.mjs).

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const filter = readRecapFilter(await searchParams);
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'events' }), listEvents(filter, locale, now())]);
  const heading = `${t('title')} · ${recapListHeading(locale, filter, result.past.facets)}`;
  return pageMetadata({
    inEveryLanguage: true,
    locale,
    title: result.past.page > 1 ? t('pageTitle', { heading, page: result.past.page }) : heading,
    description: t('metaDescription'),
    path: localePath(locale, '/events'),
    // Filtered and paged views are duplicates of /events for search engines.
    noindex: true,
  });
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const filter = readRecapFilter(await searchParams);
  return <EventList locale={locale} filter={filter} result={await listEvents(filter, locale, now())} />;
}
