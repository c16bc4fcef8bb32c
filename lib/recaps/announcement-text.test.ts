import { describe, expect, it } from 'vitest';
import { eventFactsOf } from '@/lib/events/event-facts';
import { eventWhenText, recapMetaDescription } from './announcement-text';

const event = (fields: Partial<Parameters<typeof eventFactsOf>[0]> = {}) =>
  eventFactsOf({ date: '2027-03-20', city: 'Shenzhen', start: '14:00', end: '17:00', announcement: true, ...fields }, 'Asia/Shanghai');

describe('recapMetaDescription', () => {
  it('an announcement: its date, time, zone and city before its description, in its language', () => {
    expect(recapMetaDescription({ event: event(), locale: 'en', description: 'Cloud native talks.' })).toBe(
      'Saturday, 20 March 2027, 14:00–17:00 (Asia/Shanghai) · Shenzhen. Cloud native talks.',
    );
    expect(recapMetaDescription({ event: event({ venue: '腾讯大厦', city: '深圳' }), locale: 'zh', description: '云原生分享。' })).toBe(
      '2027年3月20日星期六 14:00–17:00（Asia/Shanghai） · 腾讯大厦, 深圳。 云原生分享。',
    );
  });

  it('a cancelled announcement says so first', () => {
    expect(recapMetaDescription({ event: event({ eventStatus: 'cancelled' }), locale: 'en', description: 'x' })).toMatch(
      /^This meetup is cancelled\. Saturday/,
    );
  });

  it('a recap keeps its own description', () => {
    expect(recapMetaDescription({ event: event({ announcement: false }), locale: 'en', description: 'A recap.' })).toBe('A recap.');
  });
});

describe('eventWhenText', () => {
  it('in the event’s own zone, across days, and as dates for an all-day event', () => {
    const ny = event({ timeZone: 'America/New_York', date: '2027-03-13', endDate: '2027-03-14', start: '22:00', end: '01:00' });
    // Intl puts thin spaces around a range's dash.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(eventWhenText(ny, 'en'))).toBe('Saturday, 13 March 2027 at 22:00 – Sunday, 14 March 2027 at 01:00 (America/New_York)');
    expect(plain(eventWhenText(event({ start: undefined, end: undefined, endDate: '2027-03-21' }), 'en'))).toBe('Saturday 20 March – Sunday 21 March 2027');
    expect(eventWhenText(event({ start: undefined, end: undefined }), 'zh')).toBe('2027年3月20日星期六');
  });
});
