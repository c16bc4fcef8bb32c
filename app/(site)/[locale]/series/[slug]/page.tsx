import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SeriesStops } from '@/components/events/series-stops';
import { PageHeader } from '@/components/ui/page-header';
import { now } from '@/lib/events/clock';
import { scopedCalendarAlternate, withCalendarAlternate } from '@/lib/calendar/alternates';
import { calendarPath, calendarPaths } from '@/lib/calendar/feed-paths';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { getSeries } from '@/lib/recaps/public-reads';
import { decodeSegment } from '@/lib/routing/segment';
import { pageMetadata } from '@/lib/seo';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

interface Props {
  params: Promise<{ locale: string; slug: string }>;
}

// A backstop: a publish expires the series pages it changes, and the scheduler
// expires them when one of their events ends (lib/recaps/event-expiry.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** The series' calendar feed (lib/calendar), in the page's language. */
const seriesCalendar = (locale: Locale, key: string) => calendarPath(locale, calendarPaths.series(key));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const [t, series] = await Promise.all([getTranslations({ locale, namespace: 'series' }), getSeries(decodeSegment(slug), locale)]);
  if (!series) return { title: t('notFound'), robots: { index: false } };
  const page = pageMetadata({
    inEveryLanguage: true,
    locale,
    title: series.name,
    description: t('metaDescription', { name: series.name }),
    path: localePath(locale, `/series/${encodeURIComponent(series.key)}`),
  });
  // Its calendar feed beside the RSS feed in the head (lib/calendar/alternates.ts).
  return withCalendarAlternate(page, scopedCalendarAlternate('series', series.key, series.name, locale));
}

/** A series: its name in the page's language, every stop past and coming by start, numbered, and its calendar feed. */
export default async function SeriesPage({ params }: Props) {
  const { locale, slug } = await params;
  const series = isLocale(locale) ? await getSeries(decodeSegment(slug), locale) : null;
  if (!series || !isLocale(locale)) return <ServerNotFound locale={isLocale(locale) ? locale : undefined} />;
  const t = await getTranslations({ locale, namespace: 'series' });
  return (
    <>
      <PageHeader title={series.name} titleLang={otherScriptLang(series.name, locale)}>
        <p>
          <a href={seriesCalendar(locale, series.key)} className="underline" data-testid="series-calendar">
            {t('calendar')}
          </a>
        </p>
      </PageHeader>
      <SeriesStops locale={locale} stops={series.stops} now={now()} />
    </>
  );
}
