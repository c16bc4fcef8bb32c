import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { eventFactsOf } from '@/lib/events/event-facts';
import { publicRecapRows } from '@/lib/recaps/public-recap-rows';
import type { FrontMatter } from '@/lib/recaps/schema';
import { parseSpeakers } from '@/lib/recaps/speakers';
import type { Recap } from '@/lib/recaps/types';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { getEventCalendarRecord } from './event-calendar';
import { writePublicRecaps } from './read-model-write';

type Fields = Partial<Pick<FrontMatter, 'date' | 'start' | 'end' | 'venue' | 'eventStatus' | 'timeZone'>>;

// An event on 2027-03-20, 14:00–17:00 in Shanghai; writes happen before it unless said.
const BEFORE = new Date('2027-03-01T00:00:00Z');
const AFTER = new Date('2027-04-01T00:00:00Z');

function recap(slug: string, fields: Fields = {}, patch: Partial<Recap> = {}): Recap {
  const fm = { date: '2027-03-20', city: 'Shenzhen', start: '14:00', end: '17:00', venue: 'Tencent Building', ...fields };
  return {
    ...recapFixture({ slug, date: fm.date, published: '2027-02-01', lastModified: '2027-02-01' }),
    event: eventFactsOf(fm, 'Asia/Shanghai'),
    tree: { type: 'root', children: [] },
    hast: { type: 'root', children: [] },
    ...patch,
  };
}

describe.each(dialects)('event_calendar ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const write = (recaps: Recap[], at = BEFORE) =>
    writePublicRecaps(
      t.db,
      recaps.map((r) => publicRecapRows(r)),
      [],
      at,
    );
  const record = (key: string) => getEventCalendarRecord(t.db, key);

  test('gives an event a UID and SEQUENCE 0 at first sight, and keeps both when the same text is written again', async () => {
    await write([recap('meetup')]);
    const first = await record('meetup');
    expect(first).toMatchObject({ sequence: 0, createdAt: BEFORE.toISOString(), changedAt: BEFORE.toISOString(), speakerChanges: [] });
    expect(first!.uid).toMatch(/^[0-9a-f-]{36}$/);
    // File recaps are written again at every start: a restart with the same files.
    await write([recap('meetup')], new Date('2027-03-02T00:00:00Z'));
    await write([recap('meetup')], new Date('2027-03-03T00:00:00Z'));
    expect(await record('meetup')).toEqual(first);
  });

  test('moves SEQUENCE on a change of time, place or status, never on a text edit, and the UID never', async () => {
    await write([recap('meetup')]);
    const { uid } = (await record('meetup'))!;
    await write([recap('meetup', {}, { title: 'A new title', description: 'Edited.' })]);
    expect((await record('meetup'))!.sequence).toBe(0);
    const steps: [Fields, string][] = [
      [{ start: '15:00' }, '2027-03-02T00:00:00Z'],
      [{ start: '15:00', venue: 'Another place' }, '2027-03-03T00:00:00Z'],
      [{ start: '15:00', venue: 'Another place', eventStatus: 'cancelled' }, '2027-03-04T00:00:00Z'],
    ];
    for (const [i, [fields, at]] of steps.entries()) {
      await write([recap('meetup', fields)], new Date(at));
      expect(await record('meetup')).toMatchObject({ uid, sequence: i + 1, changedAt: new Date(at).toISOString(), createdAt: BEFORE.toISOString() });
    }
  });

  test('a translation key given later keeps the event’s UID and SEQUENCE (the record moves to the new key)', async () => {
    await write([recap('meetup')]);
    await write([recap('meetup', { start: '15:00' })]);
    const before = (await record('meetup'))!;
    await write([recap('meetup', { start: '15:00' }, { translationKey: 'meetup-2027' })]);
    expect(await record('meetup-2027')).toMatchObject({ uid: before.uid, sequence: 1 });
    expect(await record('meetup')).toBeNull();
  });

  test('keeps one record for both language versions; each version compared with itself', async () => {
    const en = (fields: Fields = {}) => recap('meetup-en', fields, { locale: 'en', translationKey: 'meetup' });
    const zh = (fields: Fields = {}) => recap('meetup-zh', { venue: '腾讯大厦', ...fields }, { locale: 'zh', translationKey: 'meetup' });
    await write([en()]);
    const { uid } = (await record('meetup'))!;
    // The Chinese version arrives later, its venue in Chinese: no change to what subscribers hold.
    await write([zh()]);
    await write([en(), zh()]);
    expect(await record('meetup')).toMatchObject({ uid, sequence: 0 });
    // Both versions move to 15:00 in one write: one change.
    await write([en({ start: '15:00' }), zh({ start: '15:00' })]);
    expect(await record('meetup')).toMatchObject({ uid, sequence: 1 });
    expect(await record('meetup-en')).toBeNull();
  });

  test('records a speaker replaced before the event, keeping who was announced first', async () => {
    const talks = (...names: string[]) => recapFixture().talks.map((talk, i) => (i === 0 ? { ...talk, speakers: parseSpeakers(names.join('; ')) } : talk));
    await write([recap('meetup', {}, { talks: talks('Zhang Xiao') })]);
    await write([recap('meetup', {}, { talks: talks('Wang Wei') })], new Date('2027-03-05T00:00:00Z'));
    await write([recap('meetup', {}, { talks: talks('Wang Wei', 'Li Na') })], new Date('2027-03-06T00:00:00Z'));
    const { speakerChanges, sequence } = (await record('meetup'))!;
    expect(speakerChanges).toEqual([
      { talk: 'multi-cluster', locale: 'en', announced: ['Zhang Xiao'], spoke: ['Wang Wei', 'Li Na'], at: '2027-03-06T00:00:00.000Z' },
    ]);
    // Who speaks is not time, place or status.
    expect(sequence).toBe(0);
    // After the event, a correction of the recap's speakers is not a change of plan.
    await write([recap('meetup', {}, { talks: talks('Someone Else') })], AFTER);
    expect((await record('meetup'))!.speakerChanges).toEqual(speakerChanges);
  });

  test('keeps the record when the recap is removed, so that it comes back with the same UID', async () => {
    await write([recap('meetup')]);
    const { uid } = (await record('meetup'))!;
    await writePublicRecaps(t.db, [], ['meetup'], BEFORE);
    await write([recap('meetup')]);
    expect((await record('meetup'))!.uid).toBe(uid);
  });
});
