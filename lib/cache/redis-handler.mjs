// @ts-check
// The shared cache store: every instance of the portal reads and writes the
// same Redis keys, so a revalidatePath on one instance expires the page for
// all of them.
//
// Layout, under `keyPrefix` (which includes the build id, see handler.mjs):
//   entry:<key>  a string, the entry as JSON (entry-codec.mjs), expiring at its lifespan's expireAt
//   tags         a hash, tag → when it was last revalidated (ms since the epoch)
// revalidateTag only writes the hash; get() compares the entry's tags, and the
// implicit tags of the page asking for a data entry, with it. An expired entry
// is unlinked by the first get() that finds it, or by Redis at its expiry.
import { decodeEntry, encodeEntry, isExpired } from './entry-codec.mjs';

/**
 * @typedef {import('./handler-types').Handler} Handler
 * @typedef {import('./handler-types').CacheEntry} CacheEntry
 * @typedef {import('redis').RedisClientType} RedisClientType
 */

/**
 * Who may call: handler.mjs (through resilient-handler.mjs) and tests.
 * Every method throws when Redis fails or is slower than `timeoutMs`; the
 * resilient handler turns that into a miss and a fallback.
 * @param {object} options
 * @param {RedisClientType} options.client
 * @param {string} options.keyPrefix
 * @param {number} options.timeoutMs
 * @param {number} options.maxEntryAgeS  no entry lives longer (handler.mjs caps lifespans), so older revalidations are pruned
 * @returns {Handler}
 */
export function createRedisHandler({ client, keyPrefix, timeoutMs, maxEntryAgeS }) {
  const tagsKey = `${keyPrefix}tags`;
  /** @param {string} key */
  const entryKey = (key) => `${keyPrefix}entry:${key}`;
  const redis = () => client.withAbortSignal(AbortSignal.timeout(timeoutMs));

  return {
    name: 'redis',

    async get(key, { implicitTags }) {
      const text = await redis().get(entryKey(key));
      if (text == null) return null;
      const entry = decodeEntry(text);
      const tags = entry ? [...new Set([...entry.tags, ...implicitTags])] : [];
      const revalidatedAts = tags.length ? (await redis().hmGet(tagsKey, tags)).map((at) => (at == null ? undefined : Number(at))) : [];
      if (!entry || isExpired(entry, revalidatedAts)) {
        await redis().unlink(entryKey(key));
        return null;
      }
      return entry;
    },

    async set(key, entry, options) {
      // EXAT: Redis drops the entry itself when it expires, on every instance.
      await redis().set(entryKey(key), encodeEntry(entry), {
        expiration: { type: 'EXAT', value: entry.lifespan.expireAt },
        ...(options?.setOnlyIfNotExists ? { condition: 'NX' } : {}),
      });
    },

    async revalidateTag(tag) {
      await redis().hSet(tagsKey, tag, String(Date.now()));
    },

    async delete(key) {
      await redis().unlink(entryKey(key));
    },

    // A revalidation older than the oldest possible entry can expire nothing:
    // pruned at start, so the hash stays as small as the recent publishes.
    async prepare() {
      const before = Date.now() - maxEntryAgeS * 1000;
      /** @type {string[]} */
      const old = [];
      for await (const batch of client.hScanIterator(tagsKey, { COUNT: 1000 })) {
        for (const { field, value } of batch) if (Number(value) < before) old.push(field);
      }
      if (old.length) await redis().hDel(tagsKey, old);
    },
  };
}
