// @ts-check
// The Next.js cache handler (next.config.js `cacheHandler`): ISR pages, route
// handler responses and the data cache (unstable_cache) of this process.
//
// - REDIS_URL set (and not building): entries and tag invalidations live in
//   Redis (redis-handler.mjs), so a revalidateTag or revalidatePath on one
//   instance expires the entry for every instance. If Redis stops answering,
//   each instance falls back to a short-lived in-process cache (see
//   resilient-handler.mjs) and reconnects on its own.
// - Otherwise (and while building): this process's memory, bounded in bytes
//   (memory-handler.mjs).
//
// The handler is always configured (rather than only when REDIS_URL is set at
// build time) so that one build, or one Docker image, runs either way. Both
// modes use only the documented cacheHandler interface (get, set,
// revalidateTag, resetRequestCache): nothing here imports Next's private
// file-system cache, which an upgrade may change without notice.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { entryTags, lifespanOf, revalidateOf } from './entry-lifespan.mjs';
import { createLocalHandler } from './local-lru.mjs';
import { createMemoryHandler } from './memory-handler.mjs';
import { isMissEntry } from './miss.mjs';
import { sharedRedis } from './redis-client.mjs';
import { createRedisHandler } from './redis-handler.mjs';
import { deletePrefix, createResilientHandler } from './resilient-handler.mjs';
import { cacheSettings } from './settings.mjs';

/**
 * @typedef {import('./handler-types').Handler} Handler
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext
 * @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue
 */

/** What a single instance keeps in memory without Redis: Next's own default (cacheMaxMemorySize), which next.config.js sets to 0 so that Next adds no copy of its own. */
const MEMORY_BYTES = 50 * 1024 * 1024;
/** While Redis is down, a page or data entry is reused for this long on one instance. */
const FALLBACK_MAX_AGE_MS = 1000;
/** What the fallback may hold while Redis is down (pages are ~100 KB each). */
const FALLBACK_MAX_BYTES = 32 * 1024 * 1024;
/** Entries that never go stale (no `revalidate`) still expire from Redis after 1.5 × this, so old builds' keys do not pile up. */
const MAX_STALE_AGE_S = 24 * 60 * 60;

const settings = cacheSettings();
const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;

/** @type {Promise<Handler> | undefined} one store per process (per copy of this module: Next loads it once, outside its bundles); Next creates a handler object per request */
let store;

/**
 * Connects the store on first use, under one namespace per build: a new
 * deploy never reads pages rendered by the previous one.
 * @param {string | undefined} serverDistDir
 * @returns {Promise<Handler>}
 */
async function createStore(serverDistDir) {
  const shared = sharedRedis();
  if (!shared) throw new Error('REDIS_URL is set but no Redis client was created');
  // The first request waits briefly for the connection rather than warning that Redis is down.
  await shared.settled(settings.timeoutMs);
  const buildId = serverDistDir ? await readFile(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').catch(() => '') : '';
  const keyPrefix = `${settings.keyPrefix}${buildId.trim() || 'dev'}:`;
  // After an outage, entries a publish made meanwhile should have expired may be left: drop them all.
  shared.onRecover(() => deletePrefix(shared.client, keyPrefix));
  const handler = createResilientHandler({
    redis: createRedisHandler({ client: shared.client, keyPrefix, timeoutMs: settings.timeoutMs, maxEntryAgeS: 1.5 * MAX_STALE_AGE_S }),
    fallback: createLocalHandler({ maxBytes: FALLBACK_MAX_BYTES, maxAgeMs: FALLBACK_MAX_AGE_MS }),
    shared,
  });
  await handler.prepare?.();
  return handler;
}

/**
 * Next's CacheHandler interface over a store (handler-types.d.ts). Next
 * constructs one per request; they all share the process's store.
 * @implements {NextCacheHandler}
 */
class PortalCache {
  /** @param {CacheHandlerContext} ctx */
  constructor(ctx) {
    this.serverDistDir = ctx.serverDistDir;
  }

  /** @returns {Promise<Handler>} */
  store() {
    throw new Error('a subclass chooses the store');
  }

  /**
   * @param {string} key
   * @param {any} ctx  a page's context, or a data entry's with the implicit tags (`softTags`) of the page reading it
   * @returns {Promise<CacheHandlerValue | null>}
   */
  async get(key, ctx) {
    const entry = await (await this.store()).get(key, { implicitTags: ctx?.softTags ?? [] });
    if (!entry) return null;
    return { value: entry.value, lastModified: entry.lastModified, ...(entry.cacheControl ? { cacheControl: entry.cacheControl } : {}) };
  }

  /**
   * @param {string} key
   * @param {CacheHandlerValue['value']} value
   * @param {any} ctx  `cacheControl` for pages and route handlers; `tags` and `revalidate` for data entries
   */
  async set(key, value, ctx) {
    // Misses are never stored (miss.mjs); the Redis store checks again behind its fallback.
    if (isMissEntry(/** @type {{ kind?: string; status?: number } | null} */ (value))) return;
    const lastModified = Date.now();
    const lifespan = lifespanOf(lastModified, revalidateOf(value, ctx), MAX_STALE_AGE_S);
    const entry = { value, lastModified, tags: entryTags(key, value, ctx), lifespan, ...(ctx?.cacheControl ? { cacheControl: ctx.cacheControl } : {}) };
    await (await this.store()).set(key, entry, { setOnlyIfNotExists: ctx?.setOnlyIfNotExists === true });
  }

  /**
   * Expires the tags at once, whether or not a profile (`durations`) was
   * given: serving a page that predates a publish is what this cache must
   * never do, and the portal only calls revalidatePath, which has none.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const handler = await this.store();
    // A publish expires a dozen paths or more: sent together, one round trip.
    await Promise.all((typeof tags === 'string' ? [tags] : tags).map((tag) => handler.revalidateTag(tag)));
  }

  resetRequestCache() {}
}

/** REDIS_URL: entries and tag expiries in Redis, shared by every instance. */
class RedisCache extends PortalCache {
  /** @returns {Promise<Handler>} */
  store() {
    store ??= createStore(this.serverDistDir).catch((error) => {
      store = undefined; // the next request tries again
      throw error;
    });
    return store;
  }
}

/** No REDIS_URL, or building: this process's memory (memory-handler.mjs). */
class MemoryCache extends PortalCache {
  /** @returns {Promise<Handler>} */
  store() {
    store ??= Promise.resolve(createMemoryHandler({ maxBytes: MEMORY_BYTES, maxAgeMs: 1.5 * MAX_STALE_AGE_S * 1000 }));
    return store;
  }
}

export default settings.redisUrl && !building ? RedisCache : MemoryCache;
