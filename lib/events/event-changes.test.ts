import { describe, expect, it } from 'vitest';
import { eventChanges, whenText } from './event-changes';
import { eventFactsOf } from './event-facts';

const base = { date: '2027-05-20', start: '19:00', end: '21:00', timeZone: 'Europe/Berlin', city: 'Berlin', venue: 'Hall A', address: 'Main St 1' };
const facts = (change: Record<string, unknown> = {}) => eventFactsOf({ ...base, ...change } as Parameters<typeof eventFactsOf>[0], 'Asia/Shanghai');

describe('eventChanges', () => {
  it('is empty when nothing a calendar shows changed', () => {
    expect(eventChanges(facts(), facts())).toEqual([]);
    expect(eventChanges(facts(), facts({ registration: 'https://example.com/r', seriesName: 'x' }))).toEqual([]);
  });

  it('gives the time before and after, in the event zone', () => {
    expect(eventChanges(facts(), facts({ start: '18:30' }))).toEqual([
      { field: 'when', before: '2027-05-20 19:00–21:00 (Europe/Berlin)', after: '2027-05-20 18:30–21:00 (Europe/Berlin)' },
    ]);
  });

  it('counts another zone as a change even when the local times read the same', () => {
    const [change] = eventChanges(facts(), facts({ timeZone: 'America/New_York' }));
    expect(change).toEqual({ field: 'when', before: '2027-05-20 19:00–21:00 (Europe/Berlin)', after: '2027-05-20 19:00–21:00 (America/New_York)' });
  });

  it('lists place, online link and status, each once', () => {
    const after = facts({ venue: 'Hall B', address: '', eventStatus: 'moved-online', onlineUrl: 'https://meet.example.com/x' });
    expect(eventChanges(facts(), after)).toEqual([
      { field: 'venue', before: 'Hall A', after: 'Hall B' },
      { field: 'address', before: 'Main St 1', after: '' },
      { field: 'onlineUrl', before: '', after: 'https://meet.example.com/x' },
      { field: 'attendance', before: 'in-person', after: 'online' },
      { field: 'status', before: 'scheduled', after: 'moved-online' },
    ]);
  });

  it('writes whole days and several days without times', () => {
    expect(whenText(facts({ start: undefined, end: undefined }))).toBe('2027-05-20 (Europe/Berlin)');
    expect(whenText(facts({ endDate: '2027-05-21', end: '01:00' }))).toBe('2027-05-20 19:00 – 2027-05-21 01:00 (Europe/Berlin)');
    expect(eventChanges(facts(), facts({ eventStatus: 'cancelled' }))).toEqual([{ field: 'status', before: 'scheduled', after: 'cancelled' }]);
  });
});
