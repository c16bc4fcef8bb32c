import { describe, expect, it } from 'vitest';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { eventFactsOf } from './event-facts';
import { numberedStops } from './series-stops';
import { frontMatterSchema } from '@/lib/recaps/schema';

const stop = (slug: string, date: string, stopNumber?: number) =>
  recapFixture({
    slug,
    date,
    event: eventFactsOf({ date, city: 'Shenzhen', series: 'cnp', seriesName: 'CNP', ...(stopNumber ? { seriesStop: stopNumber } : {}) }, 'Asia/Shanghai'),
  });

describe('series stops', () => {
  it('counts from the first stop the portal has, unless a stop gives its number; later stops count on from it', () => {
    expect(numberedStops([stop('a', '2022-01-01'), stop('b', '2023-01-01')]).map((s) => s.number)).toEqual([1, 2]);
    expect(numberedStops([stop('shenzhen', '2023-07-15', 3), stop('hangzhou', '2027-04-17')]).map((s) => s.number)).toEqual([3, 4]);
  });

  it('seriesStop is a whole number from files (3) and the editor ("3"), and needs a series', () => {
    const base = { title: 'T', date: '2023-07-15', city: 'Shenzhen', community: 'C', description: 'D', locale: 'en', published: '2023-07-20', author: 'A' };
    expect(frontMatterSchema.parse({ ...base, series: 'cnp', seriesName: 'CNP', seriesStop: 3 }).seriesStop).toBe(3);
    expect(frontMatterSchema.parse({ ...base, series: 'cnp', seriesName: 'CNP', seriesStop: '3' }).seriesStop).toBe(3);
    const bad = frontMatterSchema.safeParse({ ...base, series: 'cnp', seriesName: 'CNP', seriesStop: 'third' });
    expect(bad.success || bad.error.issues.map((i) => i.message)).toContain('seriesStop is a whole number from 1 to 999, e.g. 3');
    const orphan = frontMatterSchema.safeParse({ ...base, seriesStop: 3 });
    expect(orphan.success || orphan.error.issues.map((i) => i.path[0])).toContain('series');
  });
});
