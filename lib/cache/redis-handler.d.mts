import type { RedisClientType } from 'redis';
import type { Handler } from './handler-types';

export function createRedisHandler(options: { client: RedisClientType; keyPrefix: string; timeoutMs: number; maxEntryAgeS: number }): Handler;
