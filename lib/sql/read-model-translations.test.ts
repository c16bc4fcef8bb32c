import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import type { Recap } from '@/lib/recaps/types';
import { recapFixture } from '@/lib/testing/recap-fixture';
import {
  countByTag,
  countByYear,
  countPublicRecaps,
  selectAdjacentRows,
  selectPublicRecapRows,
  selectRecentlyPublishedRows,
  selectSitemapTranslations,
  selectTranslationRows,
} from './read-model';
import { writePublicRecaps } from './read-model-write';

const recap = (slug: string, date: string, patch: Partial<Recap> = {}): Recap => ({
  ...recapFixture({ slug, date, published: date, lastModified: date }),
  tree: { type: 'root', children: [] },
  hast: { type: 'root', children: [] },
  ...patch,
});

const write = (db: Parameters<typeof writePublicRecaps>[0], recaps: Recap[], remove: string[] = []) =>
  writePublicRecaps(
    db,
    recaps.map((r) => publicRecapRows(r)),
    remove,
  );

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

describe.each(dialects)('translations in the read model ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  // One event in two languages, one only in Chinese, one only in English.
  const seed = () =>
    write(t.db, [
      recap('meetup-en', '2024-05-01', { locale: 'en', translationKey: 'meetup', tags: ['go'] }),
      recap('meetup-zh', '2024-05-01', { locale: 'zh', translationKey: 'meetup', tags: ['go'] }),
      recap('only-zh', '2024-03-01', { locale: 'zh', tags: ['go'] }),
      recap('only-en', '2023-01-01', { locale: 'en', translationKey: 'only-en-event' }),
    ]);

  test('each language lists every event once: its own version, else the other', async () => {
    await seed();
    expect(slugs(await selectPublicRecapRows(t.db, { listedIn: 'en' }, { limit: 10 }))).toEqual(['meetup-en', 'only-zh', 'only-en']);
    expect(slugs(await selectPublicRecapRows(t.db, { listedIn: 'zh' }, { limit: 10 }))).toEqual(['meetup-zh', 'only-zh', 'only-en']);
    expect(slugs(await selectPublicRecapRows(t.db, {}, { limit: 10 }))).toHaveLength(4);
    expect(await countPublicRecaps(t.db, { listedIn: 'en', tag: 'go' })).toBe(2);
    expect(await countByYear(t.db, { listedIn: 'zh' })).toEqual([
      { value: '2024', label: '2024', count: 2 },
      { value: '2023', label: '2023', count: 1 },
    ]);
    expect((await countByTag(t.db, { listedIn: 'en' }, 10)).find((f) => f.value === 'go')).toEqual({ value: 'go', label: 'go', count: 2 });
    expect(slugs(await selectRecentlyPublishedRows(t.db, 10, 'zh'))).toEqual(['meetup-zh', 'only-zh', 'only-en']);
  });

  test('finds the other versions of an event, and the alternates of a sitemap page', async () => {
    await seed();
    expect(slugs(await selectTranslationRows(t.db, 'meetup', 'meetup-en'))).toEqual(['meetup-zh']);
    expect(slugs(await selectTranslationRows(t.db, 'only-zh', 'only-zh'))).toEqual([]);
    expect(await selectSitemapTranslations(t.db, { limit: 10, offset: 0 })).toEqual([
      { of: 'meetup-en', slug: 'meetup-zh', locale: 'zh' },
      { of: 'meetup-zh', slug: 'meetup-en', locale: 'en' },
    ]);
    expect(await selectSitemapTranslations(t.db, { limit: 1, offset: 1 })).toEqual([{ of: 'meetup-zh', slug: 'meetup-en', locale: 'en' }]);
  });

  test('removing a version lists the other in its place; adding it back lists it again', async () => {
    await seed();
    await write(t.db, [], ['meetup-en']);
    expect(slugs(await selectPublicRecapRows(t.db, { listedIn: 'en' }, { limit: 10 }))).toEqual(['meetup-zh', 'only-zh', 'only-en']);
    await write(t.db, [recap('meetup-en', '2024-05-01', { locale: 'en', translationKey: 'meetup' })]);
    expect(slugs(await selectPublicRecapRows(t.db, { listedIn: 'en' }, { limit: 10 }))).toEqual(['meetup-en', 'only-zh', 'only-en']);
    // A version that leaves the event (its key removed) is listed on its own, and its former sibling again in both languages.
    await write(t.db, [recap('meetup-en', '2024-05-01', { locale: 'en' })]);
    expect(slugs(await selectPublicRecapRows(t.db, { listedIn: 'zh' }, { limit: 10 }))).toEqual(['meetup-en', 'meetup-zh', 'only-zh', 'only-en']);
  });

  test('neighbours follow the listing of the recap language', async () => {
    await seed();
    const at = await selectAdjacentRows(t.db, { date: '2024-03-01', slug: 'only-zh' }, 'zh');
    expect([at.older?.slug, at.newer?.slug]).toEqual(['only-en', 'meetup-zh']);
  });
});
