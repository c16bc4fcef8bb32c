// @ts-check
// Cache entries as JSON text, for Redis and for the byte-bounded fallback.
// A page entry holds Buffers (its RSC payload `rscData`, the per-segment
// prefetch payloads in the `segmentData` Map) and a route handler's entry its
// `body`: JSON would turn a Buffer into an array of numbers and a Map into {},
// so these fields are written as base64 and read back as Buffers and a Map
// (the same fields @fortedigital/nextjs-cache-handler converted).

/**
 * @typedef {import('./handler-types').CacheEntry} CacheEntry
 */

/** @param {unknown} bytes @returns {string} */
const toBase64 = (bytes) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(/** @type {Uint8Array} */ (bytes))).toString('base64');

/**
 * The entry as JSON text. Leaves `entry` untouched (Next may still be using it).
 * @param {CacheEntry} entry
 * @returns {string}
 */
export function encodeEntry(entry) {
  /** @type {any} */
  const value = entry.value ? { ...entry.value } : entry.value;
  if (value?.kind === 'APP_PAGE') {
    if (value.rscData) value.rscData = toBase64(value.rscData);
    if (value.segmentData) value.segmentData = Object.fromEntries([...value.segmentData].map(([path, bytes]) => [path, toBase64(bytes)]));
  } else if (value?.kind === 'APP_ROUTE' && value.body) {
    value.body = toBase64(value.body);
  }
  return JSON.stringify({ ...entry, value });
}

/**
 * The entry encodeEntry wrote, or null for text that is not one (a key left by
 * another program or version): a miss, never an error on the page.
 * @param {string} text
 * @returns {CacheEntry | null}
 */
export function decodeEntry(text) {
  /** @type {any} */
  let entry;
  try {
    entry = JSON.parse(text);
  } catch {
    return null;
  }
  if (!entry || typeof entry !== 'object' || typeof entry.lastModified !== 'number' || !Array.isArray(entry.tags) || !entry.lifespan) return null;
  const value = entry.value;
  if (value?.kind === 'APP_PAGE') {
    if (typeof value.rscData === 'string') value.rscData = Buffer.from(value.rscData, 'base64');
    if (value.segmentData && typeof value.segmentData === 'object') {
      value.segmentData = new Map(Object.entries(value.segmentData).map(([path, text]) => [path, Buffer.from(String(text), 'base64')]));
    }
  } else if (value?.kind === 'APP_ROUTE' && typeof value.body === 'string') {
    value.body = Buffer.from(value.body, 'base64');
  }
  return entry;
}

/**
 * True when the entry is past its lifespan or one of `tags` was revalidated
 * at or after it was written (`revalidatedAt(tag)` in ms, undefined if never).
 * A revalidation in the same millisecond as the write counts: rendering again
 * costs less than serving a page that may predate the change.
 * @param {CacheEntry} entry
 * @param {Iterable<number | undefined>} revalidatedAts  the revalidation times of the entry's tags and the request's implicit tags
 * @param {number} [now]
 */
export function isExpired(entry, revalidatedAts, now = Date.now()) {
  if (entry.lifespan.expireAt * 1000 <= now) return true;
  for (const at of revalidatedAts) if (at !== undefined && at >= entry.lastModified) return true;
  return false;
}
