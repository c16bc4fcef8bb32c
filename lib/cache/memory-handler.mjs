// @ts-check
// The cache of a single instance (no REDIS_URL): pages, route handler answers
// and data entries in this process's memory, bounded in bytes, least recently
// used first out. Written against the documented cacheHandler interface only
// (get, set, revalidateTag), where Next's own disk + memory cache, which this
// replaces, is a private module (next/dist/server/lib/incremental-cache/
// file-system-cache.js) with no documented way to extend or fall back to.
//
// Entries are kept as the objects Next handed over, as Next's own memory layer
// does: a cached page is served without decoding anything. Nothing goes to
// disk: a restart renders each page again on its first request, as a new
// deploy does with Redis, and the cache cannot grow past its budget.
import { isExpired } from './entry-codec.mjs';
import { SizedLru } from './sized-lru.mjs';

/**
 * @typedef {import('./handler-types').Handler} Handler
 * @typedef {import('./handler-types').CacheEntry} CacheEntry
 */

/**
 * Bytes an entry holds: its HTML, RSC payloads and route body (all that is
 * large), plus a little for keys and headers. A slight underestimate of its
 * heap cost, the same measure Next's own memory cache uses.
 * @param {CacheEntry} entry
 */
export function entryBytes(entry) {
  /** @type {any} */
  const value = entry.value;
  let bytes = 512;
  if (!value) return bytes;
  if (typeof value.html === 'string') bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.length;
  if (value.segmentData instanceof Map) for (const part of value.segmentData.values()) bytes += part.length;
  if (value.body) bytes += value.body.length;
  if (value.kind === 'FETCH') bytes += JSON.stringify(value.data ?? null).length;
  return bytes;
}

/**
 * Who may call: handler.mjs (the default mode) and tests.
 * @param {object} options
 * @param {number} options.maxBytes  what all entries together may hold (entryBytes)
 * @param {number} options.maxAgeMs  no entry lives longer; revalidations older than this are forgotten
 * @returns {Handler & { bytes(): number; size(): number }}
 */
export function createMemoryHandler({ maxBytes, maxAgeMs }) {
  /** @type {SizedLru<CacheEntry>} */
  const items = new SizedLru(maxBytes);
  /** tag → when it was revalidated (ms) */
  const revalidated = new Map();

  return {
    name: 'memory',

    async get(key, { implicitTags }) {
      const entry = items.get(key);
      if (!entry) return null;
      const now = Date.now();
      const tags = new Set([...entry.tags, ...implicitTags]);
      if (
        now - entry.lastModified > maxAgeMs ||
        isExpired(
          entry,
          [...tags].map((tag) => revalidated.get(tag)),
          now,
        )
      ) {
        items.delete(key);
        return null;
      }
      return entry;
    },

    async set(key, entry, options) {
      if (options?.setOnlyIfNotExists && items.has(key)) return;
      items.set(key, entry, entryBytes(entry));
    },

    async revalidateTag(tag) {
      const now = Date.now();
      for (const [name, at] of revalidated) if (now - at > maxAgeMs) revalidated.delete(name);
      revalidated.set(tag, now);
    },

    async delete(key) {
      items.delete(key);
    },

    bytes: () => items.size,
    size: () => items.count,
  };
}
