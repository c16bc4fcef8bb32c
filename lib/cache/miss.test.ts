import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClientType } from 'redis';
import { createLocalHandler } from './local-lru.mjs';
import { isMissEntry } from './miss.mjs';
import { createRedisHandler } from './redis-handler.mjs';
import { createResilientHandler } from './resilient-handler.mjs';
import { connectTestRedis, dropPrefix, pageEntry, uniquePrefix } from './test-redis';

const page = (status: number | undefined) => ({
  kind: 'APP_PAGE',
  html: '<html>…</html>',
  rscData: Buffer.from('rsc'),
  status,
  headers: {},
  postponed: undefined,
  segmentData: undefined,
});

describe('isMissEntry', () => {
  it('is true for pages and route answers that say not found or failed', () => {
    expect(isMissEntry(page(404))).toBe(true);
    expect(isMissEntry({ kind: 'APP_ROUTE', status: 404 })).toBe(true);
    expect(isMissEntry({ kind: 'PAGES', status: 500 })).toBe(true);
  });

  it('is false for real pages, data entries and nothing', () => {
    expect(isMissEntry(page(200))).toBe(false);
    expect(isMissEntry(page(undefined))).toBe(false);
    expect(isMissEntry({ kind: 'FETCH', status: 404 })).toBe(false);
    expect(isMissEntry(null)).toBe(false);
  });
});

// The real Redis store against the shared Redis, under a prefix of its own.
describe('with Redis, a flood of misses stores nothing', () => {
  const prefix = uniquePrefix('miss');
  let client: RedisClientType;
  let handler: ReturnType<typeof createResilientHandler>;

  beforeAll(async () => {
    client = await connectTestRedis();
    const shared = { usable: () => true, succeeded: () => {}, markDown: () => {} };
    handler = createResilientHandler({
      redis: createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 2000, maxEntryAgeS: 3600 }),
      fallback: createLocalHandler({ maxBytes: 1 << 20, maxAgeMs: 1000 }),
      shared,
    });
  });

  afterAll(async () => {
    await dropPrefix(client, prefix);
    await client.quit();
  });

  const keys = async () => (await client.keys(`${prefix}entry:*`)).length;

  it('200 made-up slugs leave no key; a real page is stored', async () => {
    for (let i = 0; i < 200; i++) await handler.set(`/recaps/made-up-${i}-${Math.random().toString(36).slice(2)}`, pageEntry({ status: 404 }));
    expect(await keys()).toBe(0);
    await handler.set('/recaps/real', pageEntry({ status: 200 }));
    expect(await keys()).toBe(1);
    expect(await handler.get('/recaps/real', { implicitTags: [] })).toMatchObject({ value: { status: 200 } });
  });
});
