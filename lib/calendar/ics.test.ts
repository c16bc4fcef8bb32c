import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventFactsOf, type EventFacts } from '@/lib/events/event-facts';
import type { FrontMatter } from '@/lib/recaps/schema';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { renderCalendar } from './ics';
import type { CalendarEntry, CalendarFeed } from './types';

const pageUrl = (slug: string) => `https://example.org/recaps/${encodeURIComponent(slug)}`;
const record = { uid: '0b7e7c1e-5f39-4d7e-9c55-1f6e0f2a9a11', sequence: 3, createdAt: '2027-01-05T08:00:00Z', changedAt: '2027-02-01T09:30:00Z' };

function event(fm: Partial<Parameters<typeof eventFactsOf>[0]>): EventFacts {
  return eventFactsOf({ date: '2027-03-20', city: 'Shenzhen', ...fm } as Pick<FrontMatter, 'date' | 'city'>, 'Asia/Shanghai');
}

function entry(patch: Partial<CalendarEntry['recap']> = {}, rec: Partial<CalendarEntry['record']> = {}): CalendarEntry {
  return { recap: recapFixture({ slug: 'shenzhen-stop', ...patch }), record: { ...record, ...rec } };
}

function feed(entries: CalendarEntry[], patch: Partial<CalendarFeed> = {}): string {
  return renderCalendar(
    { name: 'Meetups', url: 'https://example.org/calendar.ics', locale: 'en', stamp: new Date('2027-03-01T00:00:00Z'), entries, ...patch },
    pageUrl,
  );
}

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('renderCalendar', () => {
  it('writes CRLF line endings only, and no line over 75 octets', () => {
    const text = feed([entry({ event: event({ start: '14:00', end: '17:30', venue: '腾讯滨海大厦', address: '深圳市南山区海天二路33号' }) })]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folds Chinese text between characters, never inside one (byte-wise)', () => {
    const title = '云原生开源项目应用实践：第三站深圳，多集群管理与可观测性；圆桌讨论'.repeat(3);
    const text = feed([entry({ title, locale: 'zh', event: event({ start: '14:00', end: '17:30' }) })]);
    const bytes = Buffer.from(text, 'utf8');
    const raw = text.split('\r\n');
    expect(raw.some((l) => l.startsWith(' '))).toBe(true);
    // Each physical line is valid UTF-8 on its own: a split character would decode to U+FFFD.
    let offset = 0;
    for (const line of raw) {
      const length = Buffer.byteLength(line, 'utf8');
      const own = bytes.subarray(offset, offset + length);
      expect(own.toString('utf8')).not.toContain('\uFFFD');
      expect(own.length).toBeLessThanOrEqual(75);
      offset += length + 2;
    }
    expect(parse(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(title);
  });

  it('never splits a four-byte character (an emoji) either', () => {
    // 'a' shifts every later character by one octet, so some fold lands where a split would be possible.
    const title = `a${'🎉深'.repeat(40)}`;
    const text = feed([entry({ title })]);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(parse(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(title);
  });

  it('escapes commas, semicolons, backslashes and newlines, and reads them back', () => {
    const title = 'Go, Rust; and C:\\ paths';
    const description = 'First line\nsecond, with; a \\ backslash';
    const text = feed([entry({ title, description })]);
    expect(text).toContain('SUMMARY:Go\\, Rust\\; and C:\\\\ paths');
    const vevent = parse(text).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe(title);
    expect(String(vevent.getFirstPropertyValue('description'))).toContain(description);
  });

  it('has the calendar-level properties subscribers rely on', () => {
    const text = feed([entry()]);
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT1H\r\n');
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    const vcalendar = parse(text);
    expect(vcalendar.getFirstPropertyValue('prodid')).toBe('-//Meetup Recap Portal//Calendar//EN');
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toBe('Meetups');
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('writes UID, SEQUENCE, DTSTAMP, LAST-MODIFIED, URL, LOCATION and the agenda', () => {
    const recap = {
      event: event({ start: '14:00', end: '17:30', venue: 'Tencent Building', address: '33 Haitian 2nd Rd', registration: 'https://example.org/register' }),
    };
    const talks = recapFixture().talks.map((t, i) => ({ ...t, start: ['14:00', '15:00'][i] }));
    const vevent = parse(feed([entry({ ...recap, talks })])).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe(record.uid);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2027-03-01T00:00:00Z');
    expect(String(vevent.getFirstPropertyValue('last-modified'))).toBe('2027-02-01T09:30:00Z');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://example.org/recaps/shenzhen-stop');
    expect(vevent.getFirstPropertyValue('location')).toBe('Tencent Building, 33 Haitian 2nd Rd, Shenzhen');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const description = String(vevent.getFirstPropertyValue('description'));
    expect(description).toContain('Agenda:\n14:00 Multi-cluster — Zhang Xiao\n15:00 圆桌 — Alice, 李蓉');
    expect(description).toContain('Register: https://example.org/register');
    expect(description).toContain('Details: https://example.org/recaps/shenzhen-stop');
  });

  it('words the feed in its language', () => {
    const text = feed([entry()], { locale: 'zh', name: '活动' });
    const description = String(parse(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description'));
    expect(description).toContain('议程：\n');
    expect(description).toContain('详情：https://example.org/recaps/shenzhen-stop');
  });

  it('keeps a cancelled event, with its title, as STATUS:CANCELLED; a postponed one is TENTATIVE', () => {
    const vevents = parse(
      feed([
        entry({ slug: 'a', title: 'Cancelled meetup', event: event({ eventStatus: 'cancelled' }) }),
        entry({ slug: 'b', event: event({ eventStatus: 'postponed' }) }, { uid: 'other' }),
      ]),
    ).getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'TENTATIVE']);
    expect(vevents[0].getFirstPropertyValue('summary')).toBe('Cancelled meetup');
    expect(String(vevents[0].getFirstPropertyValue('description'))).toContain('This meetup is cancelled.');
  });

  it('writes an event without times as VALUE=DATE, its DTEND the day after its last day', () => {
    const text = feed([entry({ event: event({ date: '2027-03-20', endDate: '2027-03-21' }) })]);
    expect(text).toContain('DTSTART;VALUE=DATE:20270320\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270322\r\n');
  });

  it('gives an online event its link as LOCATION', () => {
    const vevent = parse(feed([entry({ event: event({ attendance: 'online', onlineUrl: 'https://meet.example.org/x' }) })])).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('location')).toBe('https://meet.example.org/x');
  });
});

describe('time zones', () => {
  /** The UTC instant ical.js reads for a property, through the feed's own VTIMEZONE. */
  function utcOf(vcalendar: ICAL.Component, vevent: ICAL.Component, name: string): string {
    for (const vtz of vcalendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
    const time = vevent.getFirstPropertyValue(name) as ICAL.Time;
    return time.toJSDate().toISOString().replace('.000', '');
  }

  it.each([
    // Asia/Shanghai: +08:00 all year.
    ['Asia/Shanghai', '2027-03-20', '14:00', '2027-03-20', '16:00', '2027-03-20T06:00:00Z', '2027-03-20T08:00:00Z'],
    // Europe/Berlin: clocks go forward at 02:00 on 2027-03-28; an event over the night, +01:00 then +02:00.
    ['Europe/Berlin', '2027-03-27', '22:00', '2027-03-28', '10:00', '2027-03-27T21:00:00Z', '2027-03-28T08:00:00Z'],
    // America/New_York: clocks go back at 02:00 on 2027-11-07; -04:00 then -05:00.
    ['America/New_York', '2027-11-06', '20:00', '2027-11-07', '09:00', '2027-11-07T00:00:00Z', '2027-11-07T14:00:00Z'],
  ])('writes %s with its VTIMEZONE and the offset right on each side of a change', (timeZone, date, start, endDate, end, startUtc, endUtc) => {
    const text = feed([entry({ event: event({ timeZone, date, start, endDate, end }) })]);
    const vcalendar = parse(text);
    const zones = vcalendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toEqual([timeZone]);
    const vevent = vcalendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(timeZone);
    expect(vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe(timeZone);
    expect(text).toContain(`DTSTART;TZID=${timeZone}:${date.replace(/-/g, '')}T${start.replace(':', '')}00\r\n`);
    expect(utcOf(vcalendar, vevent, 'dtstart')).toBe(startUtc);
    expect(utcOf(vcalendar, vevent, 'dtend')).toBe(endUtc);
  });

  it('writes one VTIMEZONE per zone used, whatever the number of events', () => {
    const text = feed([
      entry({ slug: 'a', event: event({ timeZone: 'Europe/Berlin', start: '10:00', end: '12:00' }) }, { uid: 'a' }),
      entry({ slug: 'b', event: event({ timeZone: 'Europe/Berlin', start: '14:00', end: '16:00' }) }, { uid: 'b' }),
      entry({ slug: 'c', event: event({ timeZone: 'America/New_York', start: '10:00', end: '12:00' }) }, { uid: 'c' }),
    ]);
    expect(
      parse(text)
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['America/New_York', 'Europe/Berlin']);
  });
});
