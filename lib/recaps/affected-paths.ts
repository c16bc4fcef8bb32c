import { calendarPaths, recapCalendarPath } from '@/lib/calendar/feed-paths';
import { env } from '@/lib/env';
import { LOCALES, pathInLocale } from '@/lib/i18n/locales';
import { LISTINGS, listingRoute, localeRoute, type ListingName } from '@/lib/routing/listings.mjs';
import { tagSlug } from './slug';
import type { RecapSummary } from './types';

/**
 * A page under app/(site)/[locale] in every language, by its path in the
 * default locale: each is cached under the route it is rendered by
 * (`/en/speakers/x`; lib/routing/listings.mjs), and both that and the public
 * path (`/speakers/x`, `/zh/speakers/x`) are expired, the public one so that a
 * server action also tells the browser's router to drop its copy.
 */
export function inEveryLocale(path: string): string[] {
  return LOCALES.flatMap((locale) => [localeRoute(path, locale), pathInLocale(locale, path, env.defaultLocale)]);
}

/**
 * Pages that show every recap: the listings (cached under their listing
 * route), in every language. The sitemap and the feeds are rendered per
 * request; expiring them costs nothing and keeps them right should one become cached.
 */
export function listingPaths(): string[] {
  const names = Object.keys(LISTINGS) as ListingName[];
  return [
    ...names.flatMap((name) => LOCALES.flatMap((locale) => [listingRoute(name, locale), pathInLocale(locale, LISTINGS[name], env.defaultLocale)])),
    ...inEveryLocale('/feed.xml'),
    ...inEveryLocale(calendarPaths.site()),
    '/sitemap.xml',
  ];
}

/** Where a recap stood in the public list at one moment: what its page and its neighbours' pages show of it. */
export interface Placement {
  /** Its city and event name its series' and city's calendar feeds. */
  recap: Pick<RecapSummary, 'slug' | 'talks' | 'tags'> & Partial<Pick<RecapSummary, 'city' | 'event'>>;
  /** The recaps next to it in event order (older and newer) in the listing of its language, at that moment. */
  neighbours: string[];
  /** Its other versions (translations) public at that moment: their head and language switcher name it. */
  translations?: string[];
}

/**
 * The public paths whose HTML can differ after a change to the recaps
 * `slugs` (published, unpublished, edited; a renamed recap is its old and its
 * new slug), given where each stood before the change and after it (a recap
 * public only before or only after has one placement; lib/recaps/public-change.ts
 * reads them from the read model, so nothing else need be read):
 * - each recap's page (a new slug may have a cached 404) and its social card,
 * - the recaps next to it in event order, before and after (their
 *   previous/next links name it),
 * - its other versions, before and after (their hreflang alternates, their
 *   language switcher and their structured data name it),
 * - the pages of its speakers and tags, before and after, and of its series,
 * - the calendar feeds that hold it (lib/calendar): its own, its series',
 *   its city's and its speakers', before and after, and the site's,
 * - the listings.
 * Segments are URL-encoded like the links that point at them. Pure.
 */
export function affectedPaths(slugs: string[], placements: Placement[]): string[] {
  const paths = new Set(listingPaths());
  for (const slug of slugs) {
    paths.add(recapPath(slug));
    paths.add(recapCardPath(slug));
    paths.add(recapCalendarPath(slug));
  }
  for (const { recap, neighbours, translations } of placements) {
    for (const neighbour of neighbours) paths.add(recapPath(neighbour));
    for (const sibling of translations ?? []) paths.add(recapPath(sibling));
    for (const talk of recap.talks)
      for (const speaker of talk.speakers) for (const path of inEveryLocale(`/speakers/${encodeURIComponent(speaker.slug)}`)) paths.add(path);
    for (const tag of recap.tags) for (const path of inEveryLocale(`/tags/${encodeURIComponent(tagSlug(tag))}`)) paths.add(path);
    for (const path of calendarFeedPaths(recap)) paths.add(path);
    // Its series page lists it (name, date, status), before and after.
    if (recap.event?.series) for (const path of inEveryLocale(`/series/${encodeURIComponent(recap.event.series.key)}`)) paths.add(path);
  }
  return [...paths].sort();
}

/** The series, city and speaker calendar feeds that hold `recap`, in every language. */
function calendarFeedPaths(recap: Placement['recap']): string[] {
  const feeds = recap.talks.flatMap((talk) => talk.speakers.map((speaker) => calendarPaths.speaker(speaker.slug)));
  const city = recap.event?.city ?? recap.city;
  if (city) feeds.push(calendarPaths.city(city));
  if (recap.event?.series) feeds.push(calendarPaths.series(recap.event.series.key));
  return feeds.flatMap(inEveryLocale);
}

function recapPath(slug: string): string {
  return `/recaps/${encodeURIComponent(slug)}`;
}

/** The cached social card (app/(recap)/recaps/[slug]/opengraph-image): only its own recap's data. */
function recapCardPath(slug: string): string {
  return `${recapPath(slug)}/opengraph-image`;
}

/** An event that ended since the scheduler last looked: its slug and series key. */
export interface EndedEvent {
  slug: string;
  seriesKey: string | null;
}

/**
 * The pages whose HTML follows the clock when events end: each event's page
 * (announcement → "the recap is coming"), its series page, and the listings
 * (home and /events show upcoming events first). Pure.
 */
export function endedEventPaths(events: EndedEvent[]): string[] {
  const paths = new Set(listingPaths());
  for (const { slug, seriesKey } of events) {
    paths.add(recapPath(slug));
    if (seriesKey) for (const path of inEveryLocale(`/series/${encodeURIComponent(seriesKey)}`)) paths.add(path);
  }
  return [...paths].sort();
}
