import 'server-only';
import { env } from '@/lib/env';
import { sharedRedis } from './redis-client.mjs';

export type RedisStatus = 'ok' | 'degraded' | 'disabled';

/** Whether the shared cache works right now: a PING within REDIS_TIMEOUT_MS. */
export async function checkRedis(): Promise<RedisStatus> {
  const shared = sharedRedis();
  if (!shared) return 'disabled';
  await shared.settled(env.redisTimeoutMs); // just after boot: wait for the first connection
  if (!shared.usable()) return 'degraded';
  try {
    await shared.client.withAbortSignal(AbortSignal.timeout(env.redisTimeoutMs)).ping();
    return 'ok';
  } catch (error) {
    shared.markDown(error);
    return 'degraded';
  }
}
