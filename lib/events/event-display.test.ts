import { describe, expect, it } from 'vitest';
import { eventFactsOf } from './event-facts';
import { canRegister, eventDateText, eventTimeRange, previousText, statusBanner, zoneName } from './event-display';

const hangzhou = eventFactsOf({ date: '2027-03-20', start: '14:00', end: '17:30', timeZone: 'Asia/Shanghai', city: 'Hangzhou' }, 'UTC');

describe('how an event reads: in its own zone, named, in the page language', () => {
  it('date, local range and zone name in English and Chinese', () => {
    expect(eventDateText(hangzhou, 'en')).toBe('Saturday, 20 March 2027');
    expect(eventDateText(hangzhou, 'zh')).toBe('2027年3月20日星期六');
    expect(eventTimeRange(hangzhou, 'en')).toBe('14:00–17:30');
    expect(zoneName(hangzhou, 'en')).toBe('China Standard Time');
    expect(zoneName(hangzhou, 'zh')).toBe('中国标准时间');
  });

  it('the day in the zone, not in UTC: 01:00 in Shanghai is the day before in UTC', () => {
    const early = eventFactsOf({ date: '2027-03-20', start: '01:00', end: '02:00', timeZone: 'Asia/Shanghai', city: 'X' }, 'UTC');
    expect(early.startsAt).toBe('2027-03-19T17:00:00Z');
    expect(eventDateText(early, 'en')).toBe('Saturday, 20 March 2027');
  });

  it('a zone across a daylight-saving change is named for the event day', () => {
    const winter = eventFactsOf({ date: '2027-02-11', start: '18:30', end: '21:00', timeZone: 'Europe/Berlin', city: 'Berlin' }, 'UTC');
    const summer = eventFactsOf({ date: '2027-07-11', start: '18:30', end: '21:00', timeZone: 'Europe/Berlin', city: 'Berlin' }, 'UTC');
    expect(zoneName(winter, 'en')).toBe('Central European Standard Time');
    expect(zoneName(summer, 'en')).toBe('Central European Summer Time');
  });

  it('an all-day event has no range; one past midnight names its end day', () => {
    expect(eventTimeRange(eventFactsOf({ date: '2027-03-20', city: 'X' }, 'Asia/Shanghai'), 'en')).toBeNull();
    const late = eventFactsOf({ date: '2027-03-20', endDate: '2027-03-21', start: '20:00', end: '02:00', timeZone: 'Asia/Shanghai', city: 'X' }, 'UTC');
    expect(eventTimeRange(late, 'en')).toBe('20:00 – 21 March 02:00');
  });

  it('a rescheduled event names its previous date and time; a date alone reads as the day', () => {
    const moved = eventFactsOf(
      {
        date: '2027-03-27',
        start: '14:00',
        end: '17:00',
        timeZone: 'Asia/Shanghai',
        city: 'X',
        eventStatus: 'rescheduled',
        previousDate: '2027-03-20',
        previousStart: '14:00',
      },
      'UTC',
    );
    expect(previousText(moved, 'en')).toBe('20 March 2027, 14:00');
    expect(previousText(moved, 'zh')).toBe('2027年3月20日 14:00');
    const dayOnly = eventFactsOf({ date: '2027-03-27', city: 'X', timeZone: 'Asia/Shanghai', eventStatus: 'rescheduled', previousDate: '2027-03-20' }, 'UTC');
    expect(previousText(dayOnly, 'en')).toBe('20 March 2027');
    expect(previousText(hangzhou, 'en')).toBeNull();
  });

  it('a banner for every status but scheduled; Register only while announced and on', () => {
    expect(statusBanner({ status: 'scheduled' })).toBeNull();
    expect(statusBanner({ status: 'cancelled' })).toBe('cancelled');
    expect(statusBanner({ status: 'postponed' })).toBe('postponed');
    expect(statusBanner({ status: 'rescheduled' })).toBe('rescheduled');
    expect(statusBanner({ status: 'moved-online' })).toBe('movedOnline');
    const url = 'https://example.org/r';
    expect(canRegister({ registration: url, status: 'scheduled' }, 'announcement')).toBe(true);
    expect(canRegister({ registration: url, status: 'moved-online' }, 'announcement')).toBe(true);
    expect(canRegister({ registration: url, status: 'cancelled' }, 'announcement')).toBe(false);
    expect(canRegister({ registration: url, status: 'postponed' }, 'announcement')).toBe(false);
    expect(canRegister({ registration: url, status: 'scheduled' }, 'awaiting-recap')).toBe(false);
    expect(canRegister({ status: 'scheduled' }, 'announcement')).toBe(false);
  });
});
