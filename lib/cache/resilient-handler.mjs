// @ts-check
// A cache store (handler-types.d.ts) that uses Redis while it answers and an
// in-process LRU (local-lru.mjs, whose entries live one second) while it does not.
// A Redis failure never becomes a failed page: the entry is a miss and the
// page renders from the database.
import { isMissEntry } from './miss.mjs';

/**
 * @typedef {import('./handler-types').Handler} Handler
 * @typedef {import('./redis-client.mjs').SharedRedis} SharedRedis
 */

/**
 * Who may call: handler.mjs and tests.
 * @param {object} options
 * @param {Handler} options.redis     redis-handler.mjs
 * @param {Handler} options.fallback  local-lru.mjs, which serves an entry briefly: no other instance can expire it
 * @param {Pick<SharedRedis, 'usable' | 'succeeded' | 'markDown'>} options.shared
 * @returns {Handler}
 */
export function createResilientHandler({ redis, fallback, shared }) {
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
      return fallback.get(key, meta);
    },

    async set(key, entry, options) {
      // A flood of made-up slugs must not fill Redis (or its LRU eviction would drop real pages).
      if (isMissEntry(/** @type {{ kind?: string; status?: number } | null} */ (entry.value))) return;
      if (shared.usable()) {
        try {
          await redis.set(key, entry, options);
          shared.succeeded();
          return;
        } catch (error) {
          shared.markDown(error);
        }
      }
      await fallback.set(key, entry, options);
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
      await Promise.allSettled([fallback.delete(key), shared.usable() ? redis.delete(key) : undefined]);
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
