import type { RedisClientType } from 'redis';

export type RedisState = 'connecting' | 'ok' | 'down' | 'recovering';

export interface SharedRedis {
  client: RedisClientType;
  state(): RedisState;
  /** True only when commands should go to Redis. */
  usable(): boolean;
  /** A command failed: after a lost connection, repeated timeouts or `force`, stop using Redis until it answers again (logs once per outage). */
  markDown(error: unknown, options?: { force?: boolean }): void;
  /** A command worked (resets the timeout count). */
  succeeded(): void;
  /** Runs before Redis is used again after an outage. */
  onRecover(fn: () => Promise<void>): void;
  /** Resolves once the first connection attempt is over, or after `ms`. */
  settled(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** The process's Redis connection, or null when REDIS_URL is unset. */
export function sharedRedis(): SharedRedis | null;
