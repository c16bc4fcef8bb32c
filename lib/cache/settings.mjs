// @ts-check
// Plain JavaScript on purpose: Next.js loads the cache handler (handler.mjs)
// with a bare `import()` outside its bundler, so everything it imports must run
// in Node as is. lib/env.ts re-exports these so app code has one config module.

/**
 * @typedef {object} CacheSettings
 * @property {string | undefined} redisUrl  REDIS_URL; unset: the single-instance default (disk + memory cache).
 * @property {string} keyPrefix             REDIS_KEY_PREFIX; namespaces every key, so several sites or test runs can share one Redis.
 * @property {number} timeoutMs             REDIS_TIMEOUT_MS; a Redis call slower than this counts as a failure.
 */

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {CacheSettings}
 */
export function cacheSettings(env = process.env) {
  const timeout = Number(env.REDIS_TIMEOUT_MS);
  return {
    redisUrl: env.REDIS_URL?.trim() || undefined,
    keyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'recaps:',
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : 1000,
  };
}
