import { describe, expect, it } from 'vitest';
import { entryTags, lifespanOf, revalidateOf } from './entry-lifespan.mjs';

const DAY_S = 24 * 3600;

describe('lifespanOf', () => {
  it('goes stale after revalidate and expires after 1.5 × that', () => {
    expect(lifespanOf(1_000_000_500, 3600, DAY_S)).toEqual({ lastModifiedAt: 1_000_000, staleAt: 1_003_600, expireAt: 1_005_400 });
  });

  it('without revalidate (or with one longer than the maximum) expires after 1.5 × the maximum stale age', () => {
    for (const revalidate of [undefined, false, 0, 365 * DAY_S] as const) {
      expect(lifespanOf(0, revalidate, DAY_S)).toEqual({ lastModifiedAt: 0, staleAt: DAY_S, expireAt: 1.5 * DAY_S });
    }
  });
});

describe('revalidateOf', () => {
  it('reads a data entry from its value and a page from cacheControl', () => {
    expect(revalidateOf({ kind: 'FETCH', revalidate: 5 } as never, { revalidate: 9 })).toBe(5);
    expect(revalidateOf({ kind: 'APP_PAGE' } as never, { cacheControl: { revalidate: 3600 } })).toBe(3600);
    expect(revalidateOf({ kind: 'APP_ROUTE' } as never, {})).toBeUndefined();
  });
});

describe('entryTags', () => {
  it("takes a page's and a route handler's tags from x-next-cache-tags", () => {
    const headers = { 'x-next-cache-tags': '_N_T_/layout,_N_T_/recaps/intro' };
    expect(entryTags('/k', { kind: 'APP_PAGE', headers } as never, {})).toEqual(['_N_T_/layout', '_N_T_/recaps/intro']);
    expect(entryTags('/k', { kind: 'APP_ROUTE', headers: { 'x-next-cache-tags': ['a', 'b'] } } as never, {})).toEqual(['a', 'b']);
    expect(entryTags('/k', { kind: 'APP_PAGE', headers: {} } as never, {})).toEqual([]);
  });

  it("takes a data entry's from set(), and adds a Pages Router page's own path tag", () => {
    expect(entryTags('k', { kind: 'FETCH' } as never, { tags: ['catalog', 'catalog'] })).toEqual(['catalog']);
    expect(entryTags('/about', { kind: 'PAGES' } as never, { tags: [] })).toEqual(['_N_T_/about']);
  });
});
