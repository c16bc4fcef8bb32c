import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import { parseSpeakers } from '@/lib/recaps/speakers';
import type { Recap } from '@/lib/recaps/types';
import { recapFixture } from '@/lib/testing/recap-fixture';
import {
  countByCity, countByTag, countByYear, countPublicRecaps, countSitemapRows, getPublicRecapBody, getPublicRecapRow, getSpeakerRow, getTagRow,
  selectAdjacentRows, selectPublicRecapRows, selectRecentlyPublishedRows, selectSitemapRows, selectSpeakerRows, selectSpeakerTalkRows, selectTagRows,
} from './read-model';
import { writePublicRecaps } from './read-model-write';

const recap = (slug: string, date: string, patch: Partial<Recap> = {}): Recap => ({
  ...recapFixture({ slug, date, published: date, lastModified: date }),
  tree: { type: 'root', children: [] },
  hast: { type: 'root', children: [{ type: 'text', value: slug }] },
  ...patch,
});

const talk = (id: string, speakers: string) => ({ id, title: id, speakers: parseSpeakers(speakers), summary: '' });

const write = (db: Parameters<typeof writePublicRecaps>[0], recaps: Recap[], remove: string[] = []) => writePublicRecaps(db, recaps.map((r) => publicRecapRows(r)), remove);

describe.each(dialects)('public read model ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const seed = () =>
    write(t.db, [
      recap('a-2021', '2021-03-01', { city: 'Beijing', tags: ['kubernetes'], talks: [talk('t1', 'Ada (Engineer, Old Co)')] }),
      recap('b-2023', '2023-05-01', { city: 'Shenzhen', tags: ['kubernetes', 'edge'], talks: [talk('t1', 'Ada (Lead, New Co)'), talk('t2', 'Bob')] }),
      recap('c-2023', '2023-05-01', { city: 'shenzhen', tags: ['edge'], talks: [talk('t1', 'Bob; Cy')] }),
      recap('d-2024', '2024-01-10', { city: 'Hangzhou', tags: [], talks: [] }),
    ]);

  test('lists newest event first (slug breaks ties), pages, and finds neighbours by keyset', async () => {
    await seed();
    expect((await selectPublicRecapRows(t.db, {}, { limit: 10 })).map((r) => r.slug)).toEqual(['d-2024', 'b-2023', 'c-2023', 'a-2021']);
    expect((await selectPublicRecapRows(t.db, {}, { limit: 2, offset: 2 })).map((r) => r.slug)).toEqual(['c-2023', 'a-2021']);
    const at = await selectAdjacentRows(t.db, { date: '2023-05-01', slug: 'b-2023' });
    expect([at.older?.slug, at.newer?.slug]).toEqual(['c-2023', 'd-2024']);
    const first = await selectAdjacentRows(t.db, { date: '2024-01-10', slug: 'd-2024' });
    expect([first.older?.slug, first.newer]).toEqual(['b-2023', null]);
    expect((await selectRecentlyPublishedRows(t.db, 2)).map((r) => r.slug)).toEqual(['d-2024', 'b-2023']);
  });

  test('filters by tag, year and city (any case), and counts each option', async () => {
    await seed();
    const slugs = async (f: Parameters<typeof selectPublicRecapRows>[1]) => (await selectPublicRecapRows(t.db, f, { limit: 10 })).map((r) => r.slug);
    expect(await slugs({ tag: 'kubernetes' })).toEqual(['b-2023', 'a-2021']);
    expect(await slugs({ year: '2023', cityKey: 'shenzhen' })).toEqual(['b-2023', 'c-2023']);
    expect(await slugs({ tag: 'edge', year: '2021' })).toEqual([]);
    expect(await countPublicRecaps(t.db, { tag: 'edge' })).toBe(2);
    expect(await countByYear(t.db, { tag: 'edge' })).toEqual([{ value: '2023', label: '2023', count: 2 }]);
    expect(await countByCity(t.db, {}, 10)).toEqual([
      { value: 'shenzhen', label: expect.stringMatching(/^[Ss]henzhen$/), count: 2 },
      { value: 'beijing', label: 'Beijing', count: 1 },
      { value: 'hangzhou', label: 'Hangzhou', count: 1 },
    ]);
    expect(await countByTag(t.db, {}, 10)).toEqual([{ value: 'edge', label: 'edge', count: 2 }, { value: 'kubernetes', label: 'kubernetes', count: 2 }]);
    expect(await countByTag(t.db, { year: '2021' }, 10)).toEqual([{ value: 'kubernetes', label: 'kubernetes', count: 1 }]);
    expect(await countByTag(t.db, {}, 1)).toHaveLength(1);
  });

  test('keeps speaker and tag summaries in step: latest role, counts, and removal', async () => {
    await seed();
    expect(await getSpeakerRow(t.db, 'ada')).toMatchObject({ name: 'Ada', role: 'Lead', affiliation: 'New Co', talkCount: 2, recapCount: 2, lastModified: '2023-05-01' });
    expect(await getSpeakerRow(t.db, 'bob')).toMatchObject({ talkCount: 2, recapCount: 2 });
    expect((await selectSpeakerRows(t.db, { limit: 10 })).map((s) => s.slug)).toEqual(['ada', 'bob', 'cy']);
    expect((await selectSpeakerRows(t.db, { limit: 1, offset: 1 })).map((s) => s.slug)).toEqual(['bob']);
    expect((await selectSpeakerTalkRows(t.db, 'ada', 50)).map((r) => [r.recap.slug, r.talkOrd])).toEqual([['b-2023', 0], ['a-2021', 0]]);
    expect(await getTagRow(t.db, 'edge')).toMatchObject({ label: 'edge', recapCount: 2 });
    // Unpublishing b-2023: Ada is described by her older talk again, edge counts one recap.
    await write(t.db, [], ['b-2023']);
    expect(await getSpeakerRow(t.db, 'ada')).toMatchObject({ role: 'Engineer', affiliation: 'Old Co', talkCount: 1, recapCount: 1 });
    expect(await getTagRow(t.db, 'edge')).toMatchObject({ recapCount: 1 });
    expect(await getPublicRecapRow(t.db, 'b-2023')).toBeNull();
    expect(await getPublicRecapBody(t.db, 'b-2023')).toBeNull();
    // Its last recap gone, a speaker and a tag are gone too.
    await write(t.db, [], ['c-2023']);
    expect(await getSpeakerRow(t.db, 'cy')).toBeNull();
    expect(await getTagRow(t.db, 'edge')).toBeNull();
    expect((await selectTagRows(t.db, { limit: 10 })).map((x) => x.slug)).toEqual(['kubernetes']);
  });

  test('writing the same recap again replaces it (idempotent), with its body', async () => {
    await seed();
    await write(t.db, [recap('b-2023', '2023-05-01', { title: 'Renamed', tags: ['edge'], talks: [talk('t9', 'Dee')] })]);
    await write(t.db, [recap('b-2023', '2023-05-01', { title: 'Renamed', tags: ['edge'], talks: [talk('t9', 'Dee')] })]);
    expect(await getPublicRecapRow(t.db, 'b-2023')).toMatchObject({ title: 'Renamed', tags: '["edge"]' });
    expect(JSON.parse((await getPublicRecapBody(t.db, 'b-2023'))!.body).hast.children[0].value).toBe('b-2023');
    expect(await getSpeakerRow(t.db, 'dee')).toMatchObject({ talkCount: 1 });
    expect(await getSpeakerRow(t.db, 'ada')).toMatchObject({ talkCount: 1, role: 'Engineer' });
    expect(await getTagRow(t.db, 'kubernetes')).toMatchObject({ recapCount: 1 });
  });

  test('pages the sitemap by slug and counts every table', async () => {
    await seed();
    expect(await countSitemapRows(t.db)).toEqual({ recaps: 4, speakers: 3, tags: 2, newest: '2024-01-10' });
    expect(await selectSitemapRows(t.db, 'public_recaps', { limit: 2, offset: 2 })).toEqual([
      { slug: 'c-2023', lastModified: '2023-05-01' },
      { slug: 'd-2024', lastModified: '2024-01-10' },
    ]);
    expect((await selectSitemapRows(t.db, 'public_speakers', { limit: 5, offset: 0 })).map((r) => r.slug)).toEqual(['ada', 'bob', 'cy']);
  });

  test('writes thousands of recaps in one call', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => recap(`r-${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, { tags: [`t${i % 7}`], talks: [talk('x', `Speaker ${i % 50}`)] }));
    await write(t.db, many);
    expect(await countPublicRecaps(t.db)).toBe(1500);
    expect(await getSpeakerRow(t.db, 'speaker-3')).toMatchObject({ talkCount: 30, recapCount: 30 });
    expect((await getTagRow(t.db, 't0'))?.recapCount).toBe(215);
  });
});
