import type { RedisClientType } from 'redis';
import type { Handler } from './handler-types';
import type { SharedRedis } from './redis-client.mjs';

export function createResilientHandler(options: { redis: Handler; fallback: Handler; shared: Pick<SharedRedis, 'usable' | 'succeeded' | 'markDown'> }): Handler;
export function deletePrefix(client: RedisClientType, prefix: string): Promise<void>;
