import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';
import type { RedisClientType } from 'redis';
import type { SharedRedis } from './redis-client.mjs';

export function createResilientHandler(options: { redis: Handler; fallback: Handler; shared: SharedRedis; fallbackMaxAgeMs: number }): Handler;
export function deletePrefix(client: RedisClientType, prefix: string): Promise<void>;
