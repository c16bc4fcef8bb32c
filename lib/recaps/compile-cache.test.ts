import { afterAll, describe, expect, it } from 'vitest';
import { closeCompilePool } from '@/lib/mdx/budget';
import { fill } from '@/lib/testing/costly-bodies';
import { compileDraftBody, draftCacheBytes, MAX_CACHE_BYTES } from './compile-cache';

afterAll(() => closeCompilePool());

describe('the editor draft compile cache', () => {
  it('compiles one body once for concurrent callers', async () => {
    const body = `Shared body ${Date.now()}.`;
    const first = compileDraftBody(body);
    expect(compileDraftBody(body)).toBe(first);
    expect((await first).ok).toBe(true);
  });

  it('stays within its byte bound however many large drafts pass through it', async () => {
    const prose = fill('A paragraph of a long recap, with a [link](https://example.com) and some *emphasis* in it.\n\n', 80 * 1024);
    let largest = 0;
    for (let i = 0; i < 16; i++) {
      const result = await compileDraftBody(`${prose}\nEdit ${i}.\n`);
      expect(result.ok ? [] : result.diagnostics).toEqual([]);
      largest = Math.max(largest, result.bytes);
      expect(draftCacheBytes()).toBeLessThanOrEqual(MAX_CACHE_BYTES);
    }
    // The drafts together are over the bound, so eviction was exercised.
    expect(largest * 16).toBeGreaterThan(MAX_CACHE_BYTES);
  }, 300_000);
});
