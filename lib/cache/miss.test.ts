import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type RedisClientType } from 'redis';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import { isMissEntry } from './miss.mjs';
import { createResilientHandler, deletePrefix } from './resilient-handler.mjs';

const page = (status: number | undefined) => ({ kind: 'APP_PAGE', html: '<html>…</html>', rscData: Buffer.from('rsc'), status, headers: {}, postponed: undefined, segmentData: undefined });

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

// The real Redis handler against the shared Redis, under a prefix of its own.
describe('with Redis, a flood of misses stores nothing', () => {
  const prefix = `test-miss-${process.pid}-${Date.now()}:`;
  let client: RedisClientType;
  let handler: ReturnType<typeof createResilientHandler>;

  beforeAll(async () => {
    client = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    await client.connect();
    const shared = { usable: () => true, succeeded: () => {}, markDown: () => {} } as never;
    handler = createResilientHandler({ redis: createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 2000 }), fallback: createLruHandler(), shared, fallbackMaxAgeMs: 1000 });
  });

  afterAll(async () => {
    await deletePrefix(client, prefix);
    await client.quit();
  });

  const keys = async () => (await client.keys(`${prefix}*`)).filter((k) => !k.includes('__sharedTags__')).length;
  const entry = (value: object) => ({ value, lastModified: Date.now(), tags: [], lifespan: null }) as never;

  it('200 made-up slugs leave no key; a real page is stored', async () => {
    const before = await keys();
    for (let i = 0; i < 200; i++) await handler.set(`/recaps/made-up-${i}-${Math.random().toString(36).slice(2)}`, entry(page(404)));
    expect(await keys()).toBe(before);
    await handler.set('/recaps/real', entry(page(200)));
    expect(await keys()).toBe(before + 1);
    expect(await handler.get('/recaps/real', { implicitTags: [] } as never)).toMatchObject({ value: { status: 200 } });
  });
});
