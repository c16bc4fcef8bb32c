import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { eventFactsOf } from '@/lib/events/event-facts';
import { findEndedEvents, FIRST_LOOK_BACK_MS } from '@/lib/recaps/event-expiry';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import type { Recap } from '@/lib/recaps/types';
import type { FrontMatter } from '@/lib/recaps/schema';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { countUpcomingRows, selectEventsEndedBetween, selectPastRows, selectSeriesRows, selectUpcomingRows } from './read-model';
import { writePublicRecaps } from './read-model-write';

const event = (slug: string, date: string, fm: Partial<FrontMatter> = {}, patch: Partial<Recap> = {}): Recap => ({
  ...recapFixture({ slug, date, published: '2026-01-01', lastModified: '2026-01-01', city: fm.city ?? 'Shenzhen' }),
  event: eventFactsOf({ date, start: '14:00', end: '17:00', timeZone: 'Asia/Shanghai', city: fm.city ?? 'Shenzhen', announcement: true, ...fm }, 'UTC'),
  tree: { type: 'root', children: [] },
  hast: { type: 'root', children: [] },
  ...patch,
});

const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);
// 2027-03-20 14:00–17:00 in Shanghai is 06:00–09:00 UTC.
const NOW = '2027-03-20T08:00:00Z';

describe.each(dialects)('events in the read model ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const seed = () =>
    writePublicRecaps(
      t.db,
      [
        event('past-2023', '2023-07-15', { series: 'cnp', seriesName: 'CNP', announcement: false }),
        event('today', '2027-03-20', { series: 'cnp', seriesName: 'CNP', city: 'Hangzhou' }),
        event('later', '2027-05-01', { series: 'cnp', seriesName: 'CNP' }),
        event('sooner', '2027-04-01'),
        event('ended-earlier', '2027-03-19'),
      ].map((r) => publicRecapRows(r)),
      [],
    );

  test('upcoming: not ended by now, soonest start first, filtered like the list', async () => {
    await seed();
    expect(slugs(await selectUpcomingRows(t.db, { listedIn: 'en' }, NOW, 10))).toEqual(['today', 'sooner', 'later']);
    expect(slugs(await selectUpcomingRows(t.db, { listedIn: 'en', cityKey: 'hangzhou' }, NOW, 10))).toEqual(['today']);
    expect(slugs(await selectUpcomingRows(t.db, { listedIn: 'en' }, NOW, 1))).toEqual(['today']);
  });

  test('past: ended by now, newest first, paged and counted', async () => {
    await seed();
    expect(slugs(await selectPastRows(t.db, { listedIn: 'en' }, NOW, { limit: 10 }))).toEqual(['ended-earlier', 'past-2023']);
    expect(slugs(await selectPastRows(t.db, { listedIn: 'en' }, NOW, { limit: 1, offset: 1 }))).toEqual(['past-2023']);
    // Counted as the list's total less the few still to come.
    expect(await countUpcomingRows(t.db, { listedIn: 'en' }, NOW)).toBe(3);
    expect(await countUpcomingRows(t.db, { listedIn: 'en', cityKey: 'hangzhou' }, NOW)).toBe(1);
    // At its end instant an event has ended.
    expect(slugs(await selectPastRows(t.db, { listedIn: 'en' }, '2027-03-20T09:00:00Z', { limit: 10 }))).toContain('today');
  });

  test('a series: its stops by start, past and coming', async () => {
    await seed();
    expect(slugs(await selectSeriesRows(t.db, 'cnp', 'en', 10))).toEqual(['past-2023', 'today', 'later']);
    expect(await selectSeriesRows(t.db, 'unknown', 'en', 10)).toEqual([]);
  });

  test('events that ended in a window, each once with its series', async () => {
    await seed();
    expect(await selectEventsEndedBetween(t.db, '2027-03-20T08:00:00Z', '2027-03-20T09:00:00Z', 10)).toEqual([{ slug: 'today', seriesKey: 'cnp' }]);
    expect(await selectEventsEndedBetween(t.db, '2027-03-20T09:00:00Z', '2027-03-20T10:00:00Z', 10)).toEqual([]);
    expect(slugs(await selectEventsEndedBetween(t.db, '2027-03-18T00:00:00Z', '2027-03-21T00:00:00Z', 10))).toEqual(['ended-earlier', 'today']);
  });

  test('the scheduler step: from the last look to now, an hour back on the first tick, never the same window twice', async () => {
    await seed();
    const at = new Date('2027-03-20T09:00:30Z');
    const first = await findEndedEvents(t.db, undefined, at);
    expect(first.ended).toEqual([{ slug: 'today', seriesKey: 'cnp' }]);
    expect(first.next).toEqual(at);
    expect((await findEndedEvents(t.db, first.next, new Date(at.getTime() + 1000))).ended).toEqual([]);
    // Longer ago than the first look back: left to the pages' hourly backstop.
    expect((await findEndedEvents(t.db, undefined, new Date(Date.parse('2027-03-20T09:00:00Z') + FIRST_LOOK_BACK_MS + 1000))).ended).toEqual([]);
    // A clock set back (the test clock) finds nothing and keeps its place.
    expect(await findEndedEvents(t.db, at, new Date('2027-03-20T08:00:00Z'))).toEqual({ ended: [], next: at });
  });
});
