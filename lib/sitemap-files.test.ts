import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import { countSitemapRows, selectSitemapRecapRows, selectSitemapRows } from '@/lib/sql/read-model';
import { eventFactsOf } from '@/lib/events/event-facts';
import { compileRecapFile } from '@/lib/recaps/file-recaps';
import { recapLastModified } from './sitemap';
import { writePublicRecaps } from '@/lib/sql/read-model-write';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { planSitemapFiles, SITEMAP_LISTING_PATHS } from './sitemap-files';

const PER_FILE = 5;

describe.each(dialects)('sitemap files ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  // The listings used to be added on top of a full recaps-0 (50,004 URLs at 50,000 recaps).
  test.each([1, 4, 5, 6, 11])('no file exceeds the limit with the listings counted, and every recap is listed once (%i recaps)', async (n) => {
    const slugs = Array.from({ length: n }, (_, i) => `r-${String(i).padStart(2, '0')}`);
    await writePublicRecaps(
      t.db,
      slugs.map((slug) =>
        publicRecapRows({
          ...recapFixture({ slug, date: '2024-01-01', published: '2024-01-01', lastModified: '2024-01-01' }),
          tags: [],
          talks: [],
          tree: { type: 'root', children: [] },
          hast: { type: 'root', children: [] },
        }),
      ),
      [],
    );
    const counts = await countSitemapRows(t.db);
    const listed: string[] = [];
    for (const file of planSitemapFiles(counts, PER_FILE).filter((f) => f.kind === 'recaps')) {
      const rows = await selectSitemapRows(t.db, 'public_recaps', { limit: file.limit, offset: file.offset });
      expect((file.listings ? SITEMAP_LISTING_PATHS.length : 0) + rows.length).toBeLessThanOrEqual(PER_FILE);
      expect(rows.length).toBeGreaterThan(file.page === 0 ? -1 : 0);
      listed.push(...rows.map((r) => r.slug));
    }
    expect(listed).toEqual(slugs);
  });

  test('an upcoming event is listed like any recap, and its lastmod moves on every publish and at its end', async () => {
    const announced = (lastModified: string, start: string) =>
      publicRecapRows({
        ...recapFixture({
          slug: 'coming',
          date: '2027-03-20',
          published: '2027-01-05',
          lastModified,
          event: eventFactsOf({ date: '2027-03-20', city: 'Shenzhen', start, end: '17:00', announcement: true }, 'Asia/Shanghai'),
        }),
        tree: { type: 'root', children: [] },
        hast: { type: 'root', children: [] },
      });
    const lastmod = async (at: string) => {
      const [row] = await selectSitemapRecapRows(t.db, { limit: 10, offset: 0 });
      return { slug: row.slug, lastmod: recapLastModified({ ...row, announcement: row.event?.includes('"announcement":true') ?? false }, new Date(at)) };
    };
    await writePublicRecaps(t.db, [announced('2027-01-05T08:00:00.000Z', '14:00')], []);
    expect(await lastmod('2027-02-01T00:00:00Z')).toEqual({ slug: 'coming', lastmod: '2027-01-05T08:00:00.000Z' });
    // A new start time published again: a newer last change.
    await writePublicRecaps(t.db, [announced('2027-02-10T08:00:00.000Z', '15:00')], []);
    expect(await lastmod('2027-02-11T00:00:00Z')).toEqual({ slug: 'coming', lastmod: '2027-02-10T08:00:00.000Z' });
    // Over: the page now says the recap is coming (17:00 in Shanghai).
    expect(await lastmod('2027-03-21T00:00:00Z')).toEqual({ slug: 'coming', lastmod: '2027-03-20T09:00:00Z' });
  });
});

describe('a file recap’s lastmod', () => {
  const text = (extra: string) =>
    [
      '---',
      'title: Coming',
      'date: 2027-03-20',
      'city: Shenzhen',
      'community: C',
      'description: D',
      'locale: en',
      'published: 2027-01-05',
      'author: A',
      'start: "14:00"',
      'end: "17:00"',
      'announcement: true',
      extra,
      '---',
      '',
      'x',
      '',
    ].join('\n');
  const lastModified = (extra: string) => {
    const compiled = compileRecapFile('coming.mdx', 'coming', text(extra));
    if (!('recap' in compiled)) throw new Error(JSON.stringify(compiled.problem));
    return publicRecapRows(compiled.recap).recap.last_modified;
  };
  it('is its updated date when it has one (never before published, the schema says), else published', () => {
    expect(lastModified('')).toBe('2027-01-05');
    expect(lastModified('updated: 2027-02-10')).toBe('2027-02-10');
  });
});

describe('planSitemapFiles', () => {
  it('keeps recaps-0 for the listings with no recaps, and names the files by kind and page', () => {
    expect(planSitemapFiles({ recaps: 0, speakers: 0, tags: 0 }, PER_FILE).map((f) => f.name)).toEqual(['recaps-0']);
    expect(planSitemapFiles({ recaps: 50_000, speakers: 50_001, tags: 3 }, 50_000).map((f) => [f.name, f.offset, f.limit])).toEqual([
      ['recaps-0', 0, 49_996],
      ['recaps-1', 49_996, 50_000],
      ['speakers-0', 0, 50_000],
      ['speakers-1', 50_000, 50_000],
      ['tags-0', 0, 50_000],
    ]);
  });
});
