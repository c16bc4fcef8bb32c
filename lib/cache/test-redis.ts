// Test support: clients of the machine's shared Redis, each test file under a
// key prefix of its own that it deletes afterwards (never FLUSHALL: other
// programs use the same Redis).
import { createClient, type RedisClientType } from 'redis';
import type { CacheEntry } from './handler-types';
import { deletePrefix } from './resilient-handler.mjs';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A prefix no other test run uses. */
export function uniquePrefix(name: string): string {
  return `test-${name}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}:`;
}

export async function connectTestRedis(): Promise<RedisClientType> {
  const client: RedisClientType = createClient({ url: TEST_REDIS_URL });
  await client.connect();
  return client;
}

export async function dropPrefix(client: RedisClientType, prefix: string): Promise<void> {
  await deletePrefix(client, prefix);
}

const HOUR_S = 3600;

/** An App Router page entry as Next stores it: HTML, the RSC payload and segment prefetches as Buffers, its tags in a header. */
export function pageEntry(options: { tags?: string[]; lastModified?: number; status?: number; html?: string } = {}): CacheEntry {
  const lastModified = options.lastModified ?? Date.now();
  const at = Math.floor(lastModified / 1000);
  const tags = options.tags ?? ['_N_T_/layout', '_N_T_/recaps/[slug]/page', '_N_T_/recaps/intro'];
  return {
    value: {
      kind: 'APP_PAGE',
      html: options.html ?? '<html><body>Intro — 介绍</body></html>',
      rscData: Buffer.from([0, 1, 2, 0xfe, 0xff, ...Buffer.from('rsc payload')]),
      status: options.status ?? 200,
      postponed: undefined,
      headers: { 'x-next-cache-tags': tags.join(',') },
      segmentData: new Map([
        ['/_tree', Buffer.from('tree')],
        ['/recaps/$d$slug/__PAGE__', Buffer.from([0xff, 0x00, 0x10])],
      ]),
    } as unknown as CacheEntry['value'],
    lastModified,
    tags,
    lifespan: { lastModifiedAt: at, staleAt: at + HOUR_S, expireAt: at + 1.5 * HOUR_S },
    cacheControl: { revalidate: HOUR_S, expire: 365 * 24 * HOUR_S },
  };
}
