// @ts-check
// The in-process store used while Redis does not answer (resilient-handler.mjs).
// No other instance can reach it to expire an entry on publish, so entries are
// served for `maxAgeMs` only (a publish elsewhere shows within that delay), and
// the whole store is bounded in bytes: entries are kept as their JSON text
// (entry-codec.mjs), whose size is what they cost (and which Next cannot
// mutate after the fact), and the least recently used go first.
import { decodeEntry, encodeEntry, isExpired } from './entry-codec.mjs';
import { SizedLru } from './sized-lru.mjs';

/**
 * @typedef {import('./handler-types').Handler} Handler
 */

/**
 * A map of strings bounded by their total size in UTF-8, dropping the least recently
 * used first (sized-lru.mjs). A value longer than the whole budget is not kept.
 * @param {number} maxBytes
 */
export function createByteLru(maxBytes) {
  /** @type {SizedLru<string>} */
  const lru = new SizedLru(maxBytes);
  return {
    /** @param {string} key */
    get: (key) => lru.get(key),
    // UTF-8 bytes: at least what the string occupies in memory for the ASCII
    // that JSON and base64 mostly are.
    /** @param {string} key @param {string} text */
    set: (key, text) => lru.set(key, text, Buffer.byteLength(text)),
    /** @param {string} key */
    has: (key) => lru.has(key),
    /** @param {string} key */
    delete: (key) => lru.delete(key),
    keys: () => lru.keys(),
    bytes: () => lru.size,
  };
}

/**
 * Who may call: handler.mjs, for resilient-handler.mjs's fallback, and tests.
 * @param {object} options
 * @param {number} options.maxBytes  total JSON length of the entries kept
 * @param {number} options.maxAgeMs  an entry older than this is a miss
 * @returns {Handler}
 */
export function createLocalHandler({ maxBytes, maxAgeMs }) {
  const lru = createByteLru(maxBytes);
  /** tag → when this process revalidated it; only the last maxAgeMs matter, older ones predate every live entry. */
  const revalidated = new Map();

  return {
    name: 'local-lru',

    async get(key, { implicitTags }) {
      const text = lru.get(key);
      const entry = text === undefined ? null : decodeEntry(text);
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
        lru.delete(key);
        return null;
      }
      return entry;
    },

    async set(key, entry, options) {
      if (options?.setOnlyIfNotExists && lru.has(key)) return;
      lru.set(key, encodeEntry(entry));
    },

    async revalidateTag(tag) {
      const now = Date.now();
      for (const [name, at] of revalidated) if (now - at > maxAgeMs) revalidated.delete(name);
      revalidated.set(tag, now);
    },

    async delete(key) {
      lru.delete(key);
    },
  };
}
