import type { CacheHandler } from 'next/dist/server/lib/incremental-cache';

/** next.config.js `cacheHandler`: the Redis store with REDIS_URL, Next's file-system cache otherwise. */
declare const Handler: typeof CacheHandler;
export default Handler;
