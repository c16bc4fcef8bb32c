// @ts-check
// A cache-handler "Handler" (the @fortedigital/nextjs-cache-handler interface)
// that uses Redis while it answers and an in-process LRU while it does not.
// A Redis failure never becomes a failed page: the entry is a miss and the
// page renders from the database.
import { isMissEntry } from './miss.mjs';

/**
 * @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} Handler
 * @typedef {import('./redis-client.mjs').SharedRedis} SharedRedis
 */

/**
 * @param {object} options
 * @param {Handler} options.redis     the redis-strings handler
 * @param {Handler} options.fallback  the local-lru handler
 * @param {SharedRedis} options.shared
 * @param {number} options.fallbackMaxAgeMs  how long a fallback entry is served
 * @returns {Handler}
 */
export function createResilientHandler({ redis, fallback, shared, fallbackMaxAgeMs }) {
  return {
    name: 'redis-with-local-fallback',

    async get(key, meta) {
      if (shared.usable()) {
        try {
          const entry = await redis.get(key, meta);
          shared.succeeded();
          return entry;
        } catch (error) {
          shared.markDown(error);
        }
      }
      const entry = await fallback.get(key, meta);
      // No other instance can reach this copy to expire it on publish, so it is
      // only served briefly: a publish elsewhere shows within this delay.
      if (entry && Date.now() - entry.lastModified > fallbackMaxAgeMs) {
        await fallback.delete?.(key);
        return null;
      }
      return entry;
    },

    async set(key, value, ctx) {
      // A flood of made-up slugs must not fill Redis (or its LRU eviction would drop real pages).
      if (isMissEntry(value?.value)) return;
      if (shared.usable()) {
        try {
          await redis.set(key, value, ctx);
          shared.succeeded();
          return;
        } catch (error) {
          shared.markDown(error);
        }
      }
      await fallback.set(key, value, ctx);
    },

    async revalidateTag(tag) {
      await fallback.revalidateTag(tag);
      if (!shared.usable()) return; // the flush when Redis is back covers it
      try {
        await redis.revalidateTag(tag);
      } catch (error) {
        // The other instances may still serve the expired entry: stop using
        // Redis until it answers, and the flush on recovery drops it.
        shared.markDown(error, { force: true });
      }
    },

    async delete(key) {
      await Promise.allSettled([fallback.delete?.(key), shared.usable() ? redis.delete?.(key) : undefined]);
    },

    async prepare() {
      if (!shared.usable()) return;
      try {
        await redis.prepare?.();
      } catch (error) {
        shared.markDown(error);
      }
    },
  };
}

/**
 * Deletes every key under `prefix` (SCAN + UNLINK, never KEYS or FLUSHDB: other
 * data may share the Redis).
 * @param {import('redis').RedisClientType} client
 * @param {string} prefix
 */
export async function deletePrefix(client, prefix) {
  for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    const keys = Array.isArray(batch) ? batch : [batch];
    if (keys.length) await client.unlink(keys);
  }
}
