// @ts-check
// The one least-recently-used map of the project, bounded by the total size
// its caller gives each value (bytes, or an estimate of them). Plain
// JavaScript (types in sized-lru.d.mts) because the cache handlers, which
// next.config.js loads outside the bundler, use it as well as app code:
// local-lru.mjs (Redis fallback), memory-handler.mjs (single instance),
// lib/recaps/body-cache.ts and recent-reads.ts. Not shared between processes.

/** @template V */
export class SizedLru {
  /** @param {number} maxSize */
  constructor(maxSize) {
    this.maxSize = maxSize;
    /** @type {Map<string, { value: V; size: number }>} insertion order is recency order: a hit moves to the end */
    this.items = new Map();
    this.total = 0;
  }

  /** @param {string} key @returns {V | undefined} */
  get(key) {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    this.items.set(key, item);
    return item.value;
  }

  /** @param {string} key */
  has(key) {
    return this.items.has(key);
  }

  /** Keeps `value` as costing `size`; a value larger than the whole budget is not kept. @param {string} key @param {V} value @param {number} size */
  set(key, value, size) {
    this.delete(key);
    if (size > this.maxSize) return;
    this.items.set(key, { value, size });
    this.total += size;
    for (const oldest of this.items.keys()) {
      if (this.total <= this.maxSize) break;
      this.delete(oldest);
    }
  }

  /** @param {string} key */
  delete(key) {
    const item = this.items.get(key);
    if (!item) return;
    this.items.delete(key);
    this.total -= item.size;
  }

  clear() {
    this.items.clear();
    this.total = 0;
  }

  /** Keys, least recently used first. */
  keys() {
    return this.items.keys();
  }

  /** The sum of the sizes kept. */
  get size() {
    return this.total;
  }

  /** How many values are kept. */
  get count() {
    return this.items.size;
  }
}
