// @ts-check
// Plain JavaScript: imported by the cache handler, which Next loads outside its bundler.

/**
 * True for a rendered answer that says something does not exist or failed
 * (a page or route handler with status 404, or any 4xx/5xx): such answers are
 * never stored. Made-up slugs under /recaps, /speakers and /tags are free to
 * request, and each stored miss cost about 76 KB on disk (or a Redis key that
 * could evict a real page); rendering a miss again is one indexed lookup.
 * @param {{ kind?: string; status?: number } | null | undefined} value  an incremental-cache value
 */
export function isMissEntry(value) {
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'PAGES' && value.kind !== 'APP_ROUTE')) return false;
  return typeof value.status === 'number' && value.status >= 400;
}
