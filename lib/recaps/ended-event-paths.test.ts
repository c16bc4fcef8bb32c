import { describe, expect, it } from 'vitest';
import { endedEventPaths, listingPaths } from './affected-paths';

describe('endedEventPaths', () => {
  it('the event pages, their series pages in every language, and every listing (home, /events) in every language', () => {
    const paths = endedEventPaths([
      { slug: 'hz-2027', seriesKey: 'cloud-native-practice' },
      { slug: '深圳', seriesKey: null },
    ]);
    expect(paths).toEqual(expect.arrayContaining(listingPaths()));
    expect(paths).toEqual(expect.arrayContaining(['/', '/zh', '/en/listings/home', '/zh/listings/home', '/events', '/zh/events', '/en/listings/events']));
    expect(paths).toEqual(expect.arrayContaining(['/recaps/hz-2027', `/recaps/${encodeURIComponent('深圳')}`]));
    expect(paths).toEqual(expect.arrayContaining(['/series/cloud-native-practice', '/en/series/cloud-native-practice', '/zh/series/cloud-native-practice']));
    // Nothing stored changed: no social card, speaker or tag page.
    expect(paths.some((p) => p.includes('opengraph-image') || p.includes('/speakers/') || p.includes('/tags/'))).toBe(false);
    expect(paths).toEqual([...new Set(paths)].sort());
  });
});
