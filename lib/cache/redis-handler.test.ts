import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClientType } from 'redis';
import type { CacheEntry, Handler } from './handler-types';
import { createRedisHandler } from './redis-handler.mjs';
import { connectTestRedis, dropPrefix, pageEntry, uniquePrefix } from './test-redis';

// Two handlers on two connections under one prefix: two app instances sharing the cache.
describe('redis handler, two instances against the real Redis', () => {
  const prefix = uniquePrefix('redis-handler');
  let clientA: RedisClientType;
  let clientB: RedisClientType;
  let a: Handler;
  let b: Handler;
  const none = { implicitTags: [] };

  beforeAll(async () => {
    [clientA, clientB] = await Promise.all([connectTestRedis(), connectTestRedis()]);
    a = createRedisHandler({ client: clientA, keyPrefix: prefix, timeoutMs: 2000, maxEntryAgeS: 3600 });
    b = createRedisHandler({ client: clientB, keyPrefix: prefix, timeoutMs: 2000, maxEntryAgeS: 3600 });
  });

  afterAll(async () => {
    await dropPrefix(clientA, prefix);
    expect(await clientA.keys(`${prefix}*`)).toEqual([]);
    await Promise.all([clientA.quit(), clientB.quit()]);
  });

  it('a page written by A is read by B, Buffers and the segment Map byte for byte', async () => {
    const entry = pageEntry();
    await a.set('/recaps/intro', entry);
    const read = (await b.get('/recaps/intro', none)) as CacheEntry;
    const value = read.value as unknown as { html: string; rscData: Buffer; segmentData: Map<string, Buffer>; headers: object };
    const original = entry.value as unknown as typeof value;
    expect(value.html).toBe(original.html);
    expect(Buffer.isBuffer(value.rscData)).toBe(true);
    expect(value.rscData.equals(original.rscData)).toBe(true);
    expect(value.segmentData).toBeInstanceOf(Map);
    expect([...value.segmentData.keys()]).toEqual([...original.segmentData.keys()]);
    for (const [path, bytes] of original.segmentData) expect(value.segmentData.get(path)!.equals(bytes), path).toBe(true);
    expect(read).toMatchObject({ lastModified: entry.lastModified, tags: entry.tags, lifespan: entry.lifespan, cacheControl: entry.cacheControl });
    // set() left Next's own object as it was.
    expect(Buffer.isBuffer(original.rscData)).toBe(true);
  });

  it("a route handler's body round-trips as a Buffer", async () => {
    const body = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff]);
    const entry = { ...pageEntry(), value: { kind: 'APP_ROUTE', body, status: 200, headers: { 'content-type': 'image/png' } } } as unknown as CacheEntry;
    await a.set('/recaps/intro/opengraph-image', entry);
    const read = (await b.get('/recaps/intro/opengraph-image', none))!.value as unknown as { body: Buffer };
    expect(Buffer.isBuffer(read.body) && read.body.equals(body)).toBe(true);
  });

  it("revalidating one of the page's tags on A expires it for B, and only that page", async () => {
    await a.set('/recaps/one', pageEntry({ tags: ['_N_T_/layout', '_N_T_/recaps/one'] }));
    await a.set('/recaps/two', pageEntry({ tags: ['_N_T_/layout', '_N_T_/recaps/two'] }));
    expect(await b.get('/recaps/one', none)).not.toBeNull();
    await a.revalidateTag('_N_T_/recaps/one');
    expect(await b.get('/recaps/one', none)).toBeNull();
    expect(await a.get('/recaps/one', none)).toBeNull();
    expect(await clientA.exists(`${prefix}entry:/recaps/one`)).toBe(0); // unlinked by the get that found it expired
    expect(await b.get('/recaps/two', none)).not.toBeNull();
    // A page rendered again after the revalidation is served.
    await b.set('/recaps/one', pageEntry({ tags: ['_N_T_/layout', '_N_T_/recaps/one'], lastModified: Date.now() + 1 }));
    expect(await a.get('/recaps/one', none)).not.toBeNull();
  });

  it('a data entry expires when the implicit tags of the page reading it are revalidated', async () => {
    const data = {
      ...pageEntry({ tags: ['catalog'] }),
      value: { kind: 'FETCH', data: { headers: {}, body: '"x"', url: '' }, revalidate: 60 },
    } as unknown as CacheEntry;
    await a.set('data-key', data);
    const reader = { implicitTags: ['_N_T_/layout', '_N_T_/speakers/ada'] };
    expect(await b.get('data-key', reader)).not.toBeNull();
    await b.revalidateTag('_N_T_/tags/other');
    expect(await a.get('data-key', reader)).not.toBeNull();
    await b.revalidateTag('_N_T_/speakers/ada');
    expect(await a.get('data-key', reader)).toBeNull();
  });

  it('an explicit tag expires every entry that carries it', async () => {
    const data = {
      ...pageEntry({ tags: ['catalog'] }),
      value: { kind: 'FETCH', data: { headers: {}, body: '1', url: '' }, revalidate: 60 },
    } as unknown as CacheEntry;
    await a.set('d1', data);
    await a.set('d2', data);
    await b.revalidateTag('catalog');
    expect(await a.get('d1', none)).toBeNull();
    expect(await b.get('d2', none)).toBeNull();
  });

  it('Redis expires an entry at its lifespan; one already past it is a miss', async () => {
    const entry = pageEntry();
    await a.set('/lives', entry);
    expect(await clientA.expireTime(`${prefix}entry:/lives`)).toBe(entry.lifespan.expireAt);

    const soon = Math.floor(Date.now() / 1000) + 1;
    await a.set('/short', { ...pageEntry(), lifespan: { lastModifiedAt: soon - 1, staleAt: soon, expireAt: soon } });
    expect(await b.get('/short', none)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 2100));
    expect(await b.get('/short', none)).toBeNull();
    expect(await clientA.exists(`${prefix}entry:/short`)).toBe(0);
  });

  it('setOnlyIfNotExists keeps the entry already there', async () => {
    await a.set('/nx', pageEntry({ html: 'first' }));
    await b.set('/nx', pageEntry({ html: 'second' }), { setOnlyIfNotExists: true });
    expect(((await a.get('/nx', none))!.value as unknown as { html: string }).html).toBe('first');
  });

  it('delete removes the entry; text that is not an entry is a miss', async () => {
    await a.set('/gone', pageEntry());
    await b.delete('/gone');
    expect(await a.get('/gone', none)).toBeNull();
    await clientA.set(`${prefix}entry:/garbage`, '{"not":"an entry"');
    expect(await a.get('/garbage', none)).toBeNull();
  });

  it('prepare forgets revalidations older than any entry can be, and keeps the recent ones', async () => {
    const old = Date.now() - 2 * 3600 * 1000;
    await clientA.hSet(`${prefix}tags`, { '_N_T_/ancient': String(old) });
    await a.revalidateTag('_N_T_/recent');
    await b.prepare!();
    expect(await clientA.hExists(`${prefix}tags`, '_N_T_/ancient')).toBe(0);
    expect(await clientA.hExists(`${prefix}tags`, '_N_T_/recent')).toBe(1);
  });
});
