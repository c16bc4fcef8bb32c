// @ts-check
// Plain JavaScript: next.config.js imports it as well as app code.

/**
 * The listing pages and their public paths. They are served by one dynamic
 * route, app/(site)/listings/[listing], through rewrites (next.config.js): a
 * dynamic segment with no prerendered params is rendered on its first request
 * by the running server, so its canonical URLs follow SITE_URL at run time,
 * and is then served from the page cache until a change expires it. A static
 * route would be rendered once at build, with the build's SITE_URL.
 */
export const LISTINGS = /** @type {const} */ ({ home: '/', recaps: '/recaps', speakers: '/speakers', tags: '/tags' });

/** `/recaps` is the cached listing only without these; with any of them it is the filtered list, rendered per request. */
export const RECAP_FILTER_PARAMS = ['tag', 'year', 'city', 'page'];

/** Query parameters that make each listing a page rendered per request (app/(site)/<listing>/page.tsx) rather than the cached one. */
const UNCACHED_WITH = /** @type {Record<keyof typeof LISTINGS, string[]>} */ ({ home: [], recaps: RECAP_FILTER_PARAMS, speakers: ['page'], tags: ['page'] });

/** Where a listing is rendered and cached: the rewrite destination of its public path. */
export function listingRoute(/** @type {keyof typeof LISTINGS} */ name) {
  return `/listings/${name}`;
}

/** next.config.js `rewrites().beforeFiles`: each public path onto its route. */
export function listingRewrites() {
  return Object.entries(LISTINGS).map(([name, source]) => ({
    source,
    destination: listingRoute(/** @type {keyof typeof LISTINGS} */ (name)),
    ...(UNCACHED_WITH[/** @type {keyof typeof LISTINGS} */ (name)].length
      ? { missing: UNCACHED_WITH[/** @type {keyof typeof LISTINGS} */ (name)].map((key) => ({ type: /** @type {const} */ ('query'), key })) }
      : {}),
  }));
}

/**
 * next.config.js `redirects()`: the internal routes, asked for directly, go to
 * the public paths (one URL per page); any other path under them to the same
 * path without the prefix. Redirects see only the URL as requested, never a
 * rewrite's destination.
 */
export function listingRedirects() {
  return [
    ...Object.entries(LISTINGS).map(([name, destination]) => ({
      source: listingRoute(/** @type {keyof typeof LISTINGS} */ (name)),
      destination,
      permanent: true,
    })),
    { source: '/listings/:path*', destination: '/:path*', permanent: true },
  ];
}
