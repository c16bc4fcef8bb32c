import type { CacheHandler } from 'next/dist/server/lib/incremental-cache';

/** next.config.js `cacheHandler`: the Redis store with REDIS_URL, this process's memory otherwise. */
declare const Handler: typeof CacheHandler;
export default Handler;
