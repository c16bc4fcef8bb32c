import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { calendarPath, calendarPaths, recapCalendarPath } from './feed-paths';
import { feedName } from './feed-names';

// The head's links to a page's calendar feed (`<link rel="alternate"
// type="text/calendar">`), for Next metadata's `alternates.types`. A page
// that also links the RSS feed merges both: `types: { ...rss, ...calendarAlternate(…) }`.

type CalendarAlternate = { 'text/calendar': { url: string; title: string }[] };

const entry = (url: string, name: string, locale: Locale): CalendarAlternate => ({
  'text/calendar': [{ url, title: translator(locale, 'calendar')('alternateTitle', { name }) }],
});

/** A recap's own feed, titled in its language. */
export function recapCalendarAlternate(recap: { slug: string; title: string; locale: Locale }): CalendarAlternate {
  return entry(recapCalendarPath(recap.slug), recap.title, recap.locale);
}

/** The site's feed in `locale` (home and listing pages). */
export function siteCalendarAlternate(locale: Locale): CalendarAlternate {
  return entry(calendarPath(locale, calendarPaths.site()), feedName({ kind: 'site' }, locale), locale);
}

/** A series', city's or speaker's feed in `locale`; `key` is the series key, the city as written, or the speaker's slug; `name` as the page shows it. */
export function scopedCalendarAlternate(kind: 'series' | 'city' | 'speaker', key: string, name: string, locale: Locale): CalendarAlternate {
  return entry(calendarPath(locale, calendarPaths[kind](key)), feedName({ kind, name }, locale), locale);
}

/** `metadata` with `alternate` added to its `alternates.types`, beside the feed link pageMetadata put there. */
export function withCalendarAlternate(metadata: Metadata, alternate: CalendarAlternate): Metadata {
  const alternates = metadata.alternates ?? {};
  return { ...metadata, alternates: { ...alternates, types: { ...(alternates.types ?? {}), ...alternate } } };
}
