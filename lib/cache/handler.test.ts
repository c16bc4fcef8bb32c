import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RedisClientType } from 'redis';
import type { CacheHandler } from 'next/dist/server/lib/incremental-cache';
import { connectTestRedis, dropPrefix, pageEntry, uniquePrefix } from './test-redis';

// handler.mjs as Next calls it (one handler object per request, all sharing
// the process's store), with REDIS_URL set and a build id on disk.
describe('handler.mjs with REDIS_URL: the interface Next.js calls', () => {
  const prefix = uniquePrefix('handler');
  const buildPrefix = `${prefix}build-1:`;
  const dist = path.join(mkdtempSync(path.join(tmpdir(), 'cache-handler-')), 'server');
  let Handler: typeof CacheHandler;
  let client: RedisClientType;
  const handler = () => new Handler({ serverDistDir: dist, revalidatedTags: [], _requestHeaders: {} });
  const page = pageEntry({ tags: ['_N_T_/layout', '_N_T_/recaps/[slug]/page', '_N_T_/recaps/intro'] }).value;
  const pageCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 3600, expire: 31536000 } };

  beforeAll(async () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, '..', 'BUILD_ID'), 'build-1\n');
    vi.stubEnv('REDIS_URL', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    vi.stubEnv('REDIS_KEY_PREFIX', prefix);
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    Handler = (await import('./handler.mjs')).default;
    client = await connectTestRedis();
  });

  afterAll(async () => {
    const { sharedRedis } = await import('./redis-client.mjs');
    await sharedRedis()?.close();
    await dropPrefix(client, prefix);
    await client.quit();
    vi.unstubAllEnvs();
  });

  it('stores a page under the build id with its lifetime, and any handler object reads it back', async () => {
    expect(Handler.name).toBe('RedisCache');
    await handler().set('/recaps/intro', page, pageCtx as never);
    const key = `${buildPrefix}entry:/recaps/intro`;
    const expireAt = await client.expireTime(key);
    expect(expireAt - Math.floor(Date.now() / 1000)).toBeGreaterThan(5390); // 1.5 × revalidate
    expect(expireAt - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(5400);

    const read = await handler().get('/recaps/intro', { kind: 'APP_PAGE', isFallback: false } as never);
    expect(read?.cacheControl).toEqual(pageCtx.cacheControl);
    const value = read?.value as unknown as { rscData: Buffer; segmentData: Map<string, Buffer> };
    expect(value.rscData.equals((page as unknown as typeof value).rscData)).toBe(true);
    expect(value.segmentData).toBeInstanceOf(Map);
  });

  it('revalidatePath (an implicit tag, no profile) expires the page; a tag array with a profile does too', async () => {
    await handler().revalidateTag(['_N_T_/recaps/intro']);
    expect(await handler().get('/recaps/intro', { kind: 'APP_PAGE' } as never)).toBeNull();

    await handler().set('/recaps/intro', page, pageCtx as never);
    expect(await handler().get('/recaps/intro', { kind: 'APP_PAGE' } as never)).not.toBeNull();
    await handler().revalidateTag(['_N_T_/layout', '_N_T_/other'], { expire: 3600 });
    expect(await handler().get('/recaps/intro', { kind: 'APP_PAGE' } as never)).toBeNull();
  });

  it("a data entry (unstable_cache) lives 1.5 × its revalidate and expires with the reading page's path", async () => {
    const data = { kind: 'FETCH', data: { headers: {}, body: 'true', url: '' }, revalidate: 5 };
    await handler().set('fetch-key', data as never, { fetchCache: true, tags: ['catalog-fallback'], revalidate: 5 } as never);
    const ttl = (await client.expireTime(`${buildPrefix}entry:fetch-key`)) - Math.floor(Date.now() / 1000);
    expect(ttl).toBeGreaterThan(5);
    expect(ttl).toBeLessThanOrEqual(7);
    const ctx = { kind: 'FETCH', tags: ['catalog-fallback'], softTags: ['_N_T_/layout', '_N_T_/speakers/ada'] };
    expect(await handler().get('fetch-key', ctx as never)).toMatchObject({ value: data });
    await handler().revalidateTag('_N_T_/speakers/ada');
    expect(await handler().get('fetch-key', ctx as never)).toBeNull();
  });

  it('stores no 404 page', async () => {
    await handler().set('/recaps/nothing', { ...page, status: 404 } as never, pageCtx as never);
    expect(await client.exists(`${buildPrefix}entry:/recaps/nothing`)).toBe(0);
  });
});
