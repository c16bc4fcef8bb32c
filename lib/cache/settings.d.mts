export interface CacheSettings {
  /** REDIS_URL; unset: the single-instance default (disk + memory cache). */
  redisUrl: string | undefined;
  /** REDIS_KEY_PREFIX (default `recaps:`). */
  keyPrefix: string;
  /** REDIS_TIMEOUT_MS (default 1000). */
  timeoutMs: number;
}
export function cacheSettings(env?: NodeJS.ProcessEnv): CacheSettings;
