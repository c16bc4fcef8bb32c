// @ts-check
// The in-process store used while Redis does not answer (resilient-handler.mjs).
// No other instance can reach it to expire an entry on publish, so entries are
// served for `maxAgeMs` only (a publish elsewhere shows within that delay), and
// the whole store is bounded in bytes: entries are kept as their JSON text
// (entry-codec.mjs), whose size is what they cost (and which Next cannot
// mutate after the fact), and the least recently used go first.
import { decodeEntry, encodeEntry, isExpired } from './entry-codec.mjs';

/**
 * @typedef {import('./handler-types').Handler} Handler
 */

/**
 * A map of strings bounded by their total size in UTF-8, dropping the least recently
 * used first. A value longer than the whole budget is not kept.
 * @param {number} maxBytes
 */
export function createByteLru(maxBytes) {
  /** @type {Map<string, { text: string; size: number }>} in insertion order: least recently used first */
  const items = new Map();
  let bytes = 0;
  /** @param {string} key */
  const remove = (key) => {
    const item = items.get(key);
    if (!item) return;
    items.delete(key);
    bytes -= item.size;
  };
  return {
    /** @param {string} key @returns {string | undefined} */
    get(key) {
      const item = items.get(key);
      if (!item) return undefined;
      items.delete(key);
      items.set(key, item);
      return item.text;
    },
    /** @param {string} key @param {string} text */
    set(key, text) {
      remove(key);
      // UTF-8 bytes: at least what the string occupies in memory for the ASCII
      // that JSON and base64 mostly are.
      const size = Buffer.byteLength(text);
      if (size > maxBytes) return;
      items.set(key, { text, size });
      bytes += size;
      for (const oldest of items.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    /** @param {string} key */
    has: (key) => items.has(key),
    delete: remove,
    keys: () => items.keys(),
    bytes: () => bytes,
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
