import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/seo';
import { now } from '@/lib/events/clock';
import { renderCalendar } from './ics';
import type { CalendarEntry } from './types';
import { recapCalendarPath } from './feed-paths';

// The calendar feeds as HTTP answers, for the route handlers: named in the
// feed's language, stamped by the site's clock, never cached when nothing is there.

/** What a feed is of: the site, a series, a city or a speaker (with its name as shown), or one recap. */
export type FeedSubject = { kind: 'site' } | { kind: 'series' | 'city' | 'speaker'; name: string } | { kind: 'recap'; title: string };

const recapUrl = (slug: string) => absoluteUrl(`/recaps/${encodeURIComponent(slug)}`);

/** A feed's name (X-WR-CALNAME) in `locale`. */
export function feedName(subject: FeedSubject, locale: Locale): string {
  const t = translator(locale, 'calendar');
  const siteName = env.siteName;
  switch (subject.kind) {
    case 'site':
      return t('siteFeed', { siteName });
    case 'series':
      return t('seriesFeed', { series: subject.name, siteName });
    case 'city':
      return t('cityFeed', { city: subject.name, siteName });
    case 'speaker':
      return t('speakerFeed', { name: subject.name, siteName });
    case 'recap':
      return subject.title;
  }
}

/** The iCalendar answer of a feed at `path` (its public path) in `locale`. */
export function calendarResponse(subject: FeedSubject, locale: Locale, path: string, entries: CalendarEntry[]): Response {
  const description = subject.kind === 'site' ? translator(locale, 'calendar')('siteFeedDescription', { siteName: env.siteName }) : undefined;
  const body = renderCalendar(
    { name: feedName(subject, locale), ...(description ? { description } : {}), url: absoluteUrl(path), locale, stamp: now(), entries },
    recapUrl,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** A recap's own feed: the event alone, in its language. */
export function recapCalendarResponse(entry: CalendarEntry): Response {
  return calendarResponse({ kind: 'recap', title: entry.recap.title }, entry.recap.locale, recapCalendarPath(entry.recap.slug), [entry]);
}

/** A real 404 for a feed of nothing (lib/cache/miss.mjs keeps it out of the cache). */
export function calendarNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
