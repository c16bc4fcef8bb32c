import { describe, expect, it } from 'vitest';
import { eventFactsOf } from '@/lib/events/event-facts';
import { googleCalendarUrl, outlookCalendarUrl } from './add-links';

const timed = eventFactsOf(
  { date: '2027-03-27', start: '22:00', end: '23:30', timeZone: 'Europe/Berlin', city: 'Berlin', venue: 'c-base', address: 'Rungestraße 20' },
  'Asia/Shanghai',
);
const allDay = eventFactsOf({ date: '2027-03-20', endDate: '2027-03-21', city: '深圳' }, 'Asia/Shanghai');
const input = { title: 'Go & Rust: 云原生', event: timed, pageUrl: 'https://example.org/recaps/go-rust', description: 'Two talks, one evening.' };

const paramsOf = (url: string) => new URL(url).searchParams;

describe('googleCalendarUrl', () => {
  it('gives UTC times, the zone, the place and the page', () => {
    const url = googleCalendarUrl(input);
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&')).toBe(true);
    const p = paramsOf(url);
    expect(p.get('text')).toBe('Go & Rust: 云原生');
    expect(p.get('dates')).toBe('20270327T210000Z/20270327T223000Z');
    expect(p.get('ctz')).toBe('Europe/Berlin');
    expect(p.get('location')).toBe('c-base, Rungestraße 20, Berlin');
    expect(p.get('details')).toBe('Two talks, one evening.\n\nhttps://example.org/recaps/go-rust');
    // Spaces as %20: `+` would be read literally by some calendars.
    expect(url).not.toContain('+');
  });

  it('gives an all-day event its dates, the end exclusive', () => {
    expect(paramsOf(googleCalendarUrl({ ...input, event: allDay })).get('dates')).toBe('20270320/20270322');
  });

  it('keeps long details short, the page link whole', () => {
    const details = paramsOf(googleCalendarUrl({ ...input, description: 'x'.repeat(5000) })).get('details')!;
    expect(details.length).toBeLessThanOrEqual(800);
    expect(details.endsWith('\n\nhttps://example.org/recaps/go-rust')).toBe(true);
  });
});

describe('outlookCalendarUrl', () => {
  it('gives local times with their offset', () => {
    const url = outlookCalendarUrl(input);
    expect(url.startsWith('https://outlook.live.com/calendar/0/action/compose?')).toBe(true);
    const p = paramsOf(url);
    expect(p.get('subject')).toBe('Go & Rust: 云原生');
    expect(p.get('startdt')).toBe('2027-03-27T22:00:00+01:00');
    expect(p.get('enddt')).toBe('2027-03-27T23:30:00+01:00');
    expect(p.get('location')).toBe('c-base, Rungestraße 20, Berlin');
    expect(p.get('body')).toContain('https://example.org/recaps/go-rust');
  });

  it('marks an all-day event', () => {
    const p = paramsOf(outlookCalendarUrl({ ...input, event: allDay }));
    expect([p.get('startdt'), p.get('enddt'), p.get('allday')]).toEqual(['2027-03-20', '2027-03-22', 'true']);
    expect(p.get('location')).toBe('深圳');
  });
});
