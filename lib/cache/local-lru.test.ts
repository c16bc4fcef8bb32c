import { afterEach, describe, expect, it, vi } from 'vitest';
import { createByteLru, createLocalHandler } from './local-lru.mjs';
import { pageEntry } from './test-redis';

describe('createByteLru', () => {
  it('keeps the total UTF-8 size within its budget, dropping the least recently used first', () => {
    const lru = createByteLru(10);
    lru.set('a', 'aaaa');
    lru.set('b', 'bbbb');
    lru.get('a'); // a is now more recent than b
    lru.set('c', 'cccc');
    expect([...lru.keys()]).toEqual(['a', 'c']);
    expect(lru.bytes()).toBe(8);
    lru.set('d', 'éé'); // 4 bytes in UTF-8, 2 characters
    expect([...lru.keys()]).toEqual(['c', 'd']);
    expect(lru.bytes()).toBe(8);
  });

  it('does not keep a value larger than the whole budget, and replacing a key frees its old size', () => {
    const lru = createByteLru(10);
    lru.set('a', 'aaaa');
    lru.set('big', 'x'.repeat(11));
    expect(lru.has('big')).toBe(false);
    expect(lru.get('a')).toBe('aaaa');
    lru.set('a', 'aa');
    expect(lru.bytes()).toBe(2);
    lru.delete('a');
    expect(lru.bytes()).toBe(0);
  });
});

describe('createLocalHandler', () => {
  afterEach(() => vi.useRealTimers());
  const none = { implicitTags: [] };

  it('round-trips Buffers and the segment Map, and stays within its byte budget', async () => {
    const handler = createLocalHandler({ maxBytes: 4096, maxAgeMs: 1000 });
    const entry = pageEntry();
    await handler.set('/p', entry);
    const value = (await handler.get('/p', none))!.value as unknown as { rscData: Buffer; segmentData: Map<string, Buffer> };
    expect(value.rscData.equals((entry.value as unknown as typeof value).rscData)).toBe(true);
    expect(value.segmentData.get('/_tree')!.toString()).toBe('tree');
    for (let i = 0; i < 50; i++) await handler.set(`/p${i}`, pageEntry());
    expect(await handler.get('/p', none)).toBeNull(); // evicted
    expect(await handler.get('/p49', none)).not.toBeNull();
  });

  it('serves an entry for maxAgeMs only: no other instance can expire it', async () => {
    vi.useFakeTimers({ now: 1_000_000_000_000 });
    const handler = createLocalHandler({ maxBytes: 1 << 20, maxAgeMs: 1000 });
    await handler.set('/p', pageEntry());
    vi.advanceTimersByTime(999);
    expect(await handler.get('/p', none)).not.toBeNull();
    vi.advanceTimersByTime(2);
    expect(await handler.get('/p', none)).toBeNull();
  });

  it("expires entries by their tags and by the reading page's implicit tags", async () => {
    const handler = createLocalHandler({ maxBytes: 1 << 20, maxAgeMs: 60_000 });
    await handler.set('/recaps/intro', pageEntry({ tags: ['_N_T_/recaps/intro'], lastModified: Date.now() - 5 }));
    await handler.set('data', pageEntry({ tags: ['catalog'], lastModified: Date.now() - 5 }));
    await handler.revalidateTag('_N_T_/recaps/intro');
    expect(await handler.get('/recaps/intro', none)).toBeNull();
    expect(await handler.get('data', { implicitTags: ['_N_T_/speakers/ada'] })).not.toBeNull();
    await handler.revalidateTag('_N_T_/speakers/ada');
    expect(await handler.get('data', { implicitTags: ['_N_T_/speakers/ada'] })).toBeNull();
  });
});
