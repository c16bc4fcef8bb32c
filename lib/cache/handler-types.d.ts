// The interface between handler.mjs (what Next.js calls) and the stores behind
// it (redis-handler.mjs, local-lru.mjs, resilient-handler.mjs). Plain types, so
// the .mjs files can name them in JSDoc and the tests in TypeScript.
import type { CacheHandlerValue } from 'next/dist/server/lib/incremental-cache';

export type CacheValue = CacheHandlerValue['value'];
export type CacheControl = NonNullable<CacheHandlerValue['cacheControl']>;

/** When an entry goes stale and when it must be gone, in Unix seconds. */
export interface Lifespan {
  lastModifiedAt: number;
  staleAt: number;
  expireAt: number;
}

/** One stored entry: a page, a route handler's answer or a data-cache (unstable_cache) result. */
export interface CacheEntry {
  value: CacheValue;
  /** Milliseconds since the epoch: a tag revalidated after this expires the entry. */
  lastModified: number;
  /** Its explicit tags and, for pages and route handlers, the implicit path tags (`_N_T_/…`) of its route. */
  tags: string[];
  lifespan: Lifespan;
  /** As Next passed it to set(): any instance serves the entry with its own lifetime. */
  cacheControl?: CacheControl;
}

export interface HandlerGetMeta {
  /** The implicit tags (`_N_T_/…`) of the page that asks for a data-cache entry; empty for pages. */
  implicitTags: string[];
}

export interface SetOptions {
  /** Write only when no entry exists under the key. */
  setOnlyIfNotExists?: boolean;
}

/** A store of cache entries. get() answers null for a missing, expired or revalidated entry. */
export interface Handler {
  name: string;
  get(key: string, meta: HandlerGetMeta): Promise<CacheEntry | null>;
  set(key: string, entry: CacheEntry, options?: SetOptions): Promise<void>;
  /** Expires every entry tagged `tag`, and every data entry read by a page whose implicit tags include it. */
  revalidateTag(tag: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** One-time housekeeping when the process starts using the store. */
  prepare?(): Promise<void>;
}
