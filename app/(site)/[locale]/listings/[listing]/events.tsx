import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventList } from '@/components/events/event-list';
import { now } from '@/lib/events/clock';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { listEvents } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

export async function eventsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'events' });
  return pageMetadata({ inEveryLanguage: true, locale, title: t('title'), description: t('metaDescription'), path: localePath(locale, '/events') });
}

/** `/events` without filters: upcoming events, then the first page of past ones. It changes when an event ends: the scheduler expires it then (lib/recaps/event-expiry.ts). */
export async function EventsListing({ locale }: { locale: Locale }) {
  return <EventList locale={locale} filter={{}} result={await listEvents({}, locale, now())} />;
}
