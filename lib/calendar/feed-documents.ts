import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/seo';
import { now } from '@/lib/events/clock';
import { renderCalendar } from './ics';
import type { CalendarEntry } from './types';
import { recapCalendarPath } from './feed-paths';
import { feedName, type FeedSubject } from './feed-names';

export { feedName, type FeedSubject };

// The calendar feeds as HTTP answers, for the route handlers: named in the
// feed's language, stamped by the site's clock, never cached when nothing is there.

const recapUrl = (slug: string) => absoluteUrl(`/recaps/${encodeURIComponent(slug)}`);

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
