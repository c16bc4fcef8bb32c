import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CacheHandler } from 'next/dist/server/lib/incremental-cache';
import { createMemoryHandler, entryBytes } from './memory-handler.mjs';
import { pageEntry } from './test-redis';

describe('createMemoryHandler', () => {
  it('keeps entries as given, expires them by tag and by implicit tag of the reader', async () => {
    const store = createMemoryHandler({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
    const entry = pageEntry({ lastModified: Date.now() - 10 });
    await store.set('/recaps/intro', entry);
    expect(await store.get('/recaps/intro', { implicitTags: [] })).toBe(entry);
    await store.revalidateTag('_N_T_/recaps/intro');
    expect(await store.get('/recaps/intro', { implicitTags: [] })).toBeNull();

    const data = { ...pageEntry({ tags: [], lastModified: Date.now() - 10 }), tags: [] };
    await store.set('fetch-key', data);
    await store.revalidateTag('_N_T_/speakers/ada');
    expect(await store.get('fetch-key', { implicitTags: ['_N_T_/speakers/ada'] })).toBeNull();
  });

  it('stays within its byte budget, dropping the least recently used first', async () => {
    const html = 'x'.repeat(10_000);
    const one = entryBytes(pageEntry({ html }));
    const store = createMemoryHandler({ maxBytes: 3 * one, maxAgeMs: 60_000 });
    for (const key of ['a', 'b', 'c']) await store.set(key, pageEntry({ html }));
    await store.get('a', { implicitTags: [] }); // a is now the most recently used
    await store.set('d', pageEntry({ html }));
    expect(store.size()).toBe(3);
    expect(store.bytes()).toBeLessThanOrEqual(3 * one);
    expect(await store.get('b', { implicitTags: [] })).toBeNull();
    expect(await store.get('a', { implicitTags: [] })).not.toBeNull();
  });

  it('an entry past its lifespan is a miss', async () => {
    const store = createMemoryHandler({ maxBytes: 1_000_000, maxAgeMs: 60_000 });
    const old = pageEntry({ lastModified: Date.now() - 120_000 });
    await store.set('/old', old);
    expect(await store.get('/old', { implicitTags: [] })).toBeNull();
  });
});

// handler.mjs without REDIS_URL, as Next calls it: the single-instance mode.
describe('handler.mjs without REDIS_URL', () => {
  let Handler: typeof CacheHandler;
  const handler = () => new Handler({ serverDistDir: '/nonexistent', revalidatedTags: [], _requestHeaders: {} });
  const pageCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 3600, expire: 31536000 } };

  beforeAll(async () => {
    vi.stubEnv('REDIS_URL', '');
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    Handler = (await import('./handler.mjs')).default;
  });
  afterAll(() => vi.unstubAllEnvs());

  it('uses documented interface only: no import of Next internals at run time', () => {
    expect(Handler.name).toBe('MemoryCache');
    const source = fs.readFileSync('lib/cache/handler.mjs', 'utf8');
    expect(source).not.toMatch(/require\(|from 'next\/dist/);
  });

  it('any handler object reads what another stored; revalidatePath expires it; misses are not stored', async () => {
    const page = pageEntry().value;
    await handler().set('/recaps/intro', page, pageCtx as never);
    const read = await handler().get('/recaps/intro', { kind: 'APP_PAGE', isFallback: false } as never);
    expect(read?.value).toBe(page);
    expect(read?.cacheControl).toEqual(pageCtx.cacheControl);
    await handler().revalidateTag(['_N_T_/recaps/intro']);
    expect(await handler().get('/recaps/intro', { kind: 'APP_PAGE' } as never)).toBeNull();

    await handler().set('/recaps/nothing', { ...page, status: 404 } as never, pageCtx as never);
    expect(await handler().get('/recaps/nothing', { kind: 'APP_PAGE' } as never)).toBeNull();
  });
});
