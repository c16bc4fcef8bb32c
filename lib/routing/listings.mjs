// @ts-check
// Plain JavaScript: next.config.js imports it as well as app code.
import { LOCALES, pathInLocale, prefixedLocales } from '../i18n/locales.mjs';

/**
 * The public pages other than a recap's live under app/(site)/[locale]: the
 * default locale (DEFAULT_LOCALE) is served without a prefix and rewritten
 * onto its segment here; the other locale has its prefix in the URL
 * (`/zh/speakers/x`). Recap pages (`/recaps/<slug>`) are one URL whatever
 * their language.
 *
 * The listings are served by one dynamic route, app/(site)/[locale]/listings/[listing],
 * through rewrites: a dynamic segment with no prerendered params is rendered
 * on its first request by the running server, so its canonical URLs follow
 * SITE_URL at run time, and is then served from the page cache until a change
 * expires it. A static route would be rendered once at build, with the
 * build's SITE_URL. Explained, with the upgrade check, in
 * lib/workarounds/README.md; the file of each page is listed in
 * app/(site)/[locale]/listings/README.md.
 */
export const LISTINGS = /** @type {const} */ ({ home: '/', recaps: '/recaps', events: '/events', speakers: '/speakers', tags: '/tags' });

/** `/recaps` and `/events` are the cached listings only without these; with any of them each is the filtered list, rendered per request. */
export const RECAP_FILTER_PARAMS = ['tag', 'year', 'city', 'page'];

/** Query parameters that make each listing a page rendered per request (app/(site)/[locale]/<listing>/page.tsx) rather than the cached one. */
const UNCACHED_WITH = /** @type {Record<keyof typeof LISTINGS, string[]>} */ ({
  home: [],
  recaps: RECAP_FILTER_PARAMS,
  events: RECAP_FILTER_PARAMS,
  speakers: ['page'],
  tags: ['page'],
});

/** The other pages under app/(site)/[locale], as path-to-regexp sources in the default locale (one rule each: every rule costs every request). */
const LOCALE_PAGES = [
  '/:section(recaps|events|speakers|tags|search|feed\\.xml|calendar\\.ics)',
  '/:section(speakers|tags|series|cities)/:slug',
  // The calendar feeds of a speaker, a series and a city (lib/calendar); a recap's own is under its one URL.
  '/:section(speakers|series|cities)/:slug/calendar\\.ics',
];

/**
 * Where a listing is rendered and cached in a locale: the rewrite destination of its public path.
 * @param {keyof typeof LISTINGS} name
 * @param {import('../i18n/locales.mjs').Locale} locale
 */
export function listingRoute(name, locale) {
  return `/${locale}/listings/${name}`;
}

/**
 * The path a page under app/(site)/[locale] is rendered and cached under (`/en/speakers/x`), from its path in the default locale.
 * @param {string} path
 * @param {import('../i18n/locales.mjs').Locale} locale
 */
export function localeRoute(path, locale) {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/**
 * next.config.js `rewrites().beforeFiles`: each listing's public path in each
 * locale onto its route, then the default locale's other pages onto their
 * `[locale]` segment. The first rule whose destination exists wins, so the
 * cached listings come first.
 * @param {import('../i18n/locales.mjs').Locale} defaultLocale
 */
export function localeRewrites(defaultLocale) {
  /** @type {Array<{ source: string; destination: string; missing?: Array<{ type: 'query'; key: string }> }>} */
  const rules = [];
  const missing = (/** @type {string[]} */ keys) => keys.map((key) => ({ type: /** @type {const} */ ('query'), key }));
  for (const locale of LOCALES) {
    rules.push({ source: pathInLocale(locale, LISTINGS.home, defaultLocale), destination: listingRoute('home', locale) });
    // `/recaps` and `/events` share their filters: one rule for both.
    rules.push({
      source: pathInLocale(locale, '/:name(recaps|events)', defaultLocale),
      destination: `/${locale}/listings/:name`,
      missing: missing(UNCACHED_WITH.recaps),
    });
    // `/speakers` and `/tags` are uncached with the same parameter: one rule for both.
    rules.push({
      source: pathInLocale(locale, '/:name(speakers|tags)', defaultLocale),
      destination: `/${locale}/listings/:name`,
      missing: missing(UNCACHED_WITH.speakers),
    });
  }
  for (const source of LOCALE_PAGES) rules.push({ source, destination: localeRoute(source.replace(/\(.*?\)/g, '').replace(/\\\./g, '.'), defaultLocale) });
  return rules;
}

/**
 * next.config.js `redirects()`, all permanent, so that every page has one URL:
 * - the listings' internal routes, asked for directly, to their public paths (and anything else under `/<locale>/listings` without that part);
 * - the default locale's prefix, typed by hand (`/en/recaps`), to the path without it;
 * - a recap under a language prefix (`/zh/recaps/<slug>`) to its one URL.
 * Redirects see only the URL as requested, never a rewrite's destination.
 * @param {import('../i18n/locales.mjs').Locale} defaultLocale
 */
export function localeRedirects(defaultLocale) {
  /** @type {Array<{ source: string; destination: string; permanent: boolean }>} */
  const rules = [];
  for (const locale of LOCALES) {
    // A listing's route is named like its path (`/zh/listings/recaps` → `/zh/recaps`), except the home page.
    rules.push({ source: listingRoute('home', locale), destination: pathInLocale(locale, '/', defaultLocale), permanent: true });
    rules.push({ source: `/${locale}/listings/:path*`, destination: pathInLocale(locale, '/:path*', defaultLocale), permanent: true });
  }
  // The listings' routes before there were languages (`/listings/home`).
  rules.push({ source: '/listings/home', destination: '/', permanent: true });
  rules.push({ source: '/listings/:path*', destination: '/:path*', permanent: true });
  for (const locale of prefixedLocales(defaultLocale)) rules.push({ source: `/${locale}/recaps/:path+`, destination: '/recaps/:path+', permanent: true });
  rules.push({ source: `/${defaultLocale}`, destination: '/', permanent: true });
  rules.push({ source: `/${defaultLocale}/:path*`, destination: '/:path*', permanent: true });
  return rules;
}
