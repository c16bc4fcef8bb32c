import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';

// Where each calendar feed lives. A recap's own is under its one URL (in its
// language); the others are per language under app/(site)/[locale]
// (`/calendar.ics`, `/zh/calendar.ics`; rewrites in lib/routing/listings.mjs).
// Segments are URL-encoded like the links that point at them.

/** A feed's path in the default locale's form (`/series/x/calendar.ics`), for lib/recaps/affected-paths.ts and localePath. */
export const calendarPaths = {
  site: () => '/calendar.ics',
  series: (key: string) => `/series/${encodeURIComponent(key)}/calendar.ics`,
  /** A city's page and feed are named by the lowercased city. */
  city: (city: string) => `/cities/${encodeURIComponent(city.toLowerCase())}/calendar.ics`,
  speaker: (slug: string) => `/speakers/${encodeURIComponent(slug)}/calendar.ics`,
};

/** A recap's own feed: one URL whatever its language, like its page. */
export function recapCalendarPath(slug: string): string {
  return `/recaps/${encodeURIComponent(slug)}/calendar.ics`;
}

/** The public path of a site, series, city or speaker feed in `locale`. */
export function calendarPath(locale: Locale, path: string): string {
  return localePath(locale, path);
}
