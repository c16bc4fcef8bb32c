import { describe, expect, it } from 'vitest';
import { eventFactsOf, eventFingerprint, eventPhase, eventStage } from './event-facts';

const base = { date: '2027-03-20', city: 'Shenzhen' };

describe('the event of a front matter', () => {
  it('takes the site zone when the event names none, and spans the whole day without times', () => {
    const event = eventFactsOf(base, 'Asia/Shanghai');
    expect(event).toMatchObject({ timeZone: 'Asia/Shanghai', allDay: true, startsAt: '2027-03-19T16:00:00Z', endsAt: '2027-03-20T16:00:00Z' });
    expect(event).toMatchObject({ status: 'scheduled', attendance: 'in-person', announcement: false, endDate: '2027-03-20' });
  });

  it('reads start and end in the event’s own zone, over midnight with an end date', () => {
    const event = eventFactsOf({ ...base, start: '22:00', end: '01:00', endDate: '2027-03-21', timeZone: 'Europe/Berlin' }, 'Asia/Shanghai');
    expect(event).toMatchObject({ allDay: false, startsAt: '2027-03-20T21:00:00Z', endsAt: '2027-03-21T00:00:00Z', timeZone: 'Europe/Berlin' });
  });

  it('keeps a rescheduled event’s previous start, and a moved-online event is online', () => {
    const moved = eventFactsOf(
      { ...base, start: '14:00', end: '17:00', eventStatus: 'rescheduled', previousDate: '2027-03-13', previousStart: '14:00' },
      'Asia/Shanghai',
    );
    expect(moved.previousStartsAt).toBe('2027-03-13T06:00:00Z');
    const online = eventFactsOf({ ...base, eventStatus: 'moved-online', attendance: 'in-person', onlineUrl: 'https://example.org/live' }, 'Asia/Shanghai');
    expect(online.attendance).toBe('online');
  });

  it('names its series only with both key and name', () => {
    expect(eventFactsOf({ ...base, series: 'cloud-native-practice', seriesName: 'Cloud Native Practice' }, 'UTC').series).toEqual({
      key: 'cloud-native-practice',
      name: 'Cloud Native Practice',
    });
    expect(eventFactsOf({ ...base, series: 'cloud-native-practice' }, 'UTC').series).toBeUndefined();
  });
});

describe('where an event stands', () => {
  const event = eventFactsOf({ ...base, start: '14:00', end: '17:00', announcement: true }, 'Asia/Shanghai');
  const at = (iso: string) => new Date(iso);

  it('is upcoming, ongoing, then ended, by its instants', () => {
    expect(eventPhase(event, at('2027-03-20T05:59:59Z'))).toBe('upcoming');
    expect(eventPhase(event, at('2027-03-20T06:00:00Z'))).toBe('ongoing');
    expect(eventPhase(event, at('2027-03-20T09:00:00Z'))).toBe('ended');
  });

  it('an announcement awaits its recap once ended; a recap is a recap whenever', () => {
    expect(eventStage(event, at('2027-03-20T08:00:00Z'))).toBe('announcement');
    expect(eventStage(event, at('2027-03-21T00:00:00Z'))).toBe('awaiting-recap');
    expect(eventStage({ ...event, announcement: false }, at('2027-03-21T00:00:00Z'))).toBe('recap');
  });

  it('changes its fingerprint with time, place or status, not with anything else', () => {
    const same = eventFingerprint(event);
    expect(eventFingerprint({ ...event, registration: 'https://example.org/new' })).toBe(same);
    expect(eventFingerprint({ ...event, announcement: false })).toBe(same);
    for (const change of [
      { startsAt: '2027-03-20T07:00:00Z' },
      { venue: 'Hall B' },
      { status: 'cancelled' as const },
      { address: '1 Road' },
      { onlineUrl: 'https://example.org/x' },
    ]) {
      expect(eventFingerprint({ ...event, ...change }), JSON.stringify(change)).not.toBe(same);
    }
  });

  it('keeps a zone typed in another case in its own spelling', async () => {
    const { frontMatterSchema } = await import('@/lib/recaps/schema');
    const base = {
      title: 'T',
      date: '2027-03-20',
      city: 'Berlin',
      community: 'C',
      description: 'D',
      locale: 'en',
      published: '2026-12-01',
      author: 'A',
      announcement: true,
    };
    expect(frontMatterSchema.parse({ ...base, timeZone: 'europe/berlin' }).timeZone).toBe('Europe/Berlin');
  });
});
