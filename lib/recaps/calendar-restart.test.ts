import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { getEventCalendarRecord } from '@/lib/sql/event-calendar';
import { syncFileRecaps } from './read-model-sync';

// File recaps are written again whenever READ_MODEL_VERSION moves (and by
// every instance at start until their hashes match): what calendar
// subscribers hold must not move with them.

const recapFile = (title: string, start: string) =>
  [
    '---',
    `title: ${title}`,
    'date: 2027-03-20',
    `start: "${start}"`,
    'end: "17:00"',
    'timeZone: Asia/Shanghai',
    'city: Shenzhen',
    'community: C',
    'description: D',
    'locale: en',
    'published: 2027-01-20',
    'author: A',
    'announcement: true',
    '---',
    '',
    '<Talk title="T" speakers="Ada Quill (B, C)">',
    '',
    'x',
    '',
    '</Talk>',
    '',
  ].join('\n');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'calendar-restart-'));
fs.mkdirSync(path.join(dir, 'recaps'));
const put = (text: string) => fs.writeFileSync(path.join(dir, 'recaps', 'meetup.mdx'), text);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(dialects)('calendar records across restarts ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  test('rewriting the same files keeps UID and SEQUENCE; a new time moves SEQUENCE, a new title does not', async () => {
    put(recapFile('Meetup', '14:00'));
    expect((await syncFileRecaps(t.db, dir)).written).toBe(1);
    const first = await getEventCalendarRecord(t.db, 'meetup');
    expect(first).toMatchObject({ sequence: 0 });
    // As after a READ_MODEL_VERSION change: every stored hash is stale, every file is written again.
    await t.db.updateTable('public_recaps').set({ content_hash: 'stale' }).execute();
    expect((await syncFileRecaps(t.db, dir)).written).toBe(1);
    expect(await getEventCalendarRecord(t.db, 'meetup')).toEqual(first);
    put(recapFile('Meetup', '15:00'));
    await syncFileRecaps(t.db, dir);
    expect(await getEventCalendarRecord(t.db, 'meetup')).toMatchObject({ uid: first!.uid, sequence: 1 });
    put(recapFile('Meetup, renamed', '15:00'));
    await syncFileRecaps(t.db, dir);
    expect(await getEventCalendarRecord(t.db, 'meetup')).toMatchObject({ uid: first!.uid, sequence: 1 });
  });
});
