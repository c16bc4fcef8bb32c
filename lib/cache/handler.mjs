// @ts-check
// The Next.js cache handler (next.config.js `cacheHandler`): ISR pages, route
// handler responses and the data cache (unstable_cache) of this process.
//
// - REDIS_URL set (and not building): entries and tag invalidations live in
//   Redis through @fortedigital/nextjs-cache-handler, so a revalidateTag or
//   revalidatePath on one instance expires the entry for every instance. If
//   Redis stops answering, each instance falls back to a short-lived in-process
//   cache (see resilient-handler.mjs) and reconnects on its own.
// - Otherwise: Next.js's own disk + memory cache, exactly as without a handler.
//
// The handler is always configured (rather than only when REDIS_URL is set at
// build time) so that one build, or one Docker image, runs either way.
import { createRequire } from 'node:module';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { isMissEntry } from './miss.mjs';
import { sharedRedis } from './redis-client.mjs';
import { deletePrefix, createResilientHandler } from './resilient-handler.mjs';
import { cacheSettings } from './settings.mjs';

/** Next's default for cacheMaxMemorySize; next.config.js sets 0 so that the Redis mode keeps no copy in memory. */
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024;
/** While Redis is down, a page or data entry is reused for this long on one instance. */
const FALLBACK_MAX_AGE_MS = 1000;
/** Entries that never go stale (no `revalidate`) still expire from Redis after 1.5 × this, so old builds' keys do not pile up. */
const MAX_STALE_AGE_S = 24 * 60 * 60;

const require = createRequire(import.meta.url);
/** @type {new (ctx: any) => any} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

/** Next's file-system cache with its usual in-memory layer; misses are not kept (miss.mjs). */
class LocalCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super({ ...ctx, maxMemoryCacheSize: DEFAULT_MEMORY_BYTES });
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isMissEntry(data)) return;
    return super.set(key, data, ctx);
  }
}

const settings = cacheSettings();
const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;

if (settings.redisUrl && !building) {
  CacheHandler.onCreation(async ({ buildId }) => {
    const shared = sharedRedis();
    if (!shared) throw new Error('REDIS_URL is set but no Redis client was created');
    // The first request waits briefly for the connection rather than warning that Redis is down.
    await shared.settled(settings.timeoutMs);
    // One namespace per build: a new deploy never reads pages rendered by the previous one.
    const keyPrefix = `${settings.keyPrefix}${buildId?.trim() || 'dev'}:`;
    shared.onRecover(() => deletePrefix(shared.client, keyPrefix));
    const redis = createRedisHandler({ client: shared.client, keyPrefix, timeoutMs: settings.timeoutMs });
    const fallback = createLruHandler();
    return {
      handlers: [createResilientHandler({ redis, fallback, shared, fallbackMaxAgeMs: FALLBACK_MAX_AGE_MS })],
      ttl: { defaultStaleAge: MAX_STALE_AGE_S },
    };
  });
}

export default settings.redisUrl && !building ? CacheHandler : LocalCache;
