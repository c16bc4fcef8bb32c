// @ts-check
// What handler.mjs records with each entry it stores: how long it lives and
// which tags expire it. Pure functions, so the rules are unit-tested.

/**
 * @typedef {import('./handler-types').Lifespan} Lifespan
 * @typedef {import('./handler-types').CacheValue} CacheValue
 */

/** Next's prefix for the implicit tags of a path (`_N_T_/recaps/x`), which revalidatePath expires. */
const IMPLICIT_TAG_PREFIX = '_N_T_';

/**
 * The entry's `revalidate` in seconds (false or undefined: never stale): a
 * data entry carries its own, a page or route handler gets it in `ctx.cacheControl`.
 * @param {CacheValue} value
 * @param {any} ctx  the context Next passed to set()
 * @returns {number | false | undefined}
 */
export function revalidateOf(value, ctx) {
  if (value?.kind === 'FETCH') return value.revalidate ?? ctx?.revalidate;
  return ctx?.cacheControl?.revalidate ?? ctx?.revalidate;
}

/**
 * Stale after `revalidate` (or `maxStaleAgeS` without one), gone from the
 * store after 1.5 × that. Capped at `maxStaleAgeS`, so no entry outlives
 * 1.5 × maxStaleAgeS: the store can forget revalidations older than that.
 * @param {number} lastModified  ms since the epoch
 * @param {number | false | undefined} revalidate  seconds
 * @param {number} maxStaleAgeS
 * @returns {Lifespan}
 */
export function lifespanOf(lastModified, revalidate, maxStaleAgeS) {
  const lastModifiedAt = Math.floor(lastModified / 1000);
  const staleAge = typeof revalidate === 'number' && revalidate > 0 ? Math.min(revalidate, maxStaleAgeS) : maxStaleAgeS;
  return { lastModifiedAt, staleAt: lastModifiedAt + staleAge, expireAt: lastModifiedAt + Math.floor(1.5 * staleAge) };
}

/**
 * The tags that expire the entry. A page's and a route handler's are in their
 * `x-next-cache-tags` header: the explicit ones of everything they read and
 * the implicit ones of their path and layouts. A data entry's come with set().
 * @param {string} key
 * @param {CacheValue} value
 * @param {any} ctx
 * @returns {string[]}
 */
export function entryTags(key, value, ctx) {
  /** @type {string[]} */
  const fromContext = Array.isArray(ctx?.tags) ? ctx.tags : [];
  if (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE') {
    const header = value.headers?.['x-next-cache-tags'];
    const tags = Array.isArray(header) ? header : typeof header === 'string' ? header.split(',') : [];
    return [...new Set([...tags, ...fromContext].filter(Boolean))];
  }
  if (value?.kind === 'PAGES') return [...new Set([...fromContext, `${IMPLICIT_TAG_PREFIX}${key}`])];
  return [...new Set(fromContext)];
}
