import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { eventFactsOf } from '@/lib/events/event-facts';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import type { Recap } from '@/lib/recaps/types';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { getCalendarFeedRow, getCityName, getSeriesName, selectCalendarFeedRows } from './calendar-feeds';
import { writePublicRecaps } from './read-model-write';

function recap(slug: string, date: string, patch: Partial<Recap> = {}, fields: { series?: string; city?: string } = {}): Recap {
  const city = fields.city ?? 'Shenzhen';
  return {
    ...recapFixture({ slug, date, city, published: '2027-01-01', lastModified: '2027-01-01' }),
    event: eventFactsOf(
      { date, city, start: '14:00', end: '17:00', ...(fields.series ? { series: fields.series, seriesName: 'Cloud Native Tour' } : {}) },
      'Asia/Shanghai',
    ),
    tree: { type: 'root', children: [] },
    hast: { type: 'root', children: [] },
    ...patch,
  };
}

const slugs = (rows: { row: { slug: string } }[]) => rows.map((r) => r.row.slug);

describe.each(dialects)('calendar feed reads ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const seed = () =>
    writePublicRecaps(
      t.db,
      [
        recap('old', '2026-06-01'),
        recap('recent', '2026-11-20', {}, { series: 'tour' }),
        recap('next-en', '2027-03-20', { locale: 'en', translationKey: 'next' }, { series: 'tour' }),
        recap('next-zh', '2027-03-20', { locale: 'zh', translationKey: 'next' }, { series: 'tour' }),
        recap('soon', '2027-01-10', {}, { city: 'Beijing' }),
      ].map((r) => publicRecapRows(r)),
      [],
      new Date('2026-12-01T00:00:00Z'),
    );
  const since = '2026-09-02T00:00:00Z';

  test('holds upcoming and recently ended events, each once per language, by start, with their records', async () => {
    await seed();
    const en = await selectCalendarFeedRows(t.db, { kind: 'site' }, 'en', since, 500);
    expect(slugs(en)).toEqual(['recent', 'soon', 'next-en']);
    expect(slugs(await selectCalendarFeedRows(t.db, { kind: 'site' }, 'zh', since, 500))).toEqual(['recent', 'soon', 'next-zh']);
    expect(en[2].record).toMatchObject({ sequence: 0, createdAt: '2026-12-01T00:00:00.000Z' });
    // Both versions are one calendar event.
    const zh = await selectCalendarFeedRows(t.db, { kind: 'site' }, 'zh', since, 500);
    expect(zh[2].record.uid).toBe(en[2].record.uid);
    expect(slugs(await selectCalendarFeedRows(t.db, { kind: 'site' }, 'en', since, 2))).toEqual(['recent', 'soon']);
  });

  test('narrows to a series, a city or a speaker, and names them', async () => {
    await seed();
    expect(slugs(await selectCalendarFeedRows(t.db, { kind: 'series', key: 'tour' }, 'zh', since, 500))).toEqual(['recent', 'next-zh']);
    expect(slugs(await selectCalendarFeedRows(t.db, { kind: 'city', key: 'beijing' }, 'en', since, 500))).toEqual(['soon']);
    expect(slugs(await selectCalendarFeedRows(t.db, { kind: 'speaker', slug: 'alice' }, 'en', since, 500))).toEqual(['recent', 'soon', 'next-en']);
    expect(await selectCalendarFeedRows(t.db, { kind: 'speaker', slug: 'nobody' }, 'en', since, 500)).toEqual([]);
    expect(await getSeriesName(t.db, 'tour', 'en')).toBe('Cloud Native Tour');
    expect(await getSeriesName(t.db, 'nope', 'en')).toBeNull();
    expect(await getCityName(t.db, 'beijing', 'en')).toBe('Beijing');
    expect(await getCityName(t.db, 'nowhere', 'en')).toBeNull();
  });

  test("reads one recap's entry whenever it took place", async () => {
    await seed();
    expect((await getCalendarFeedRow(t.db, 'old'))?.row.slug).toBe('old');
    expect(await getCalendarFeedRow(t.db, 'missing')).toBeNull();
  });
});
