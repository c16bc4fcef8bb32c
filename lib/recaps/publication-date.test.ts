import { describe, expect, it } from 'vitest';
import { publicationDate } from './publication-date';

describe('the publication date of a database recap', () => {
  it('a recap published after its event keeps its first publication', () => {
    expect(publicationDate('2023-07-20T10:00:00Z', { date: '2023-07-15', announcement: '' }, '2024-01-01')).toBe('2023-07-20');
    expect(publicationDate('2023-07-20T10:00:00Z', { date: '2023-07-15', announcement: '' })).toBe('2023-07-20');
  });

  it('an announcement keeps the day it was announced', () => {
    expect(publicationDate('2027-02-01T10:00:00Z', { date: '2027-03-20', announcement: 'true' }, '2027-02-10')).toBe('2027-02-01');
  });

  it('the recap written on an announced page counts from the event on, and cannot go live before it', () => {
    // After the event: the recap is dated from the event's day, so the gate passes.
    expect(publicationDate('2027-02-01T10:00:00Z', { date: '2027-03-20', announcement: '' }, '2027-03-22', true)).toBe('2027-03-20');
    // Before it: the day it would go live, which the gate refuses.
    expect(publicationDate('2027-02-01T10:00:00Z', { date: '2027-03-20', announcement: '' }, '2027-03-01', true)).toBe('2027-03-01');
    // Read back later, live already: the same date, whatever day it is.
    expect(publicationDate('2027-02-01T10:00:00Z', { date: '2027-03-20', announcement: '' })).toBe('2027-03-20');
  });

  it('a recap published after its event and then dated later is not an announced page: its first publication is kept (and refused)', () => {
    expect(publicationDate('2024-06-01T09:00:00Z', { date: '2024-06-02', announcement: '' }, '2026-12-01', false)).toBe('2024-06-01');
  });

  it('a recap not yet published goes live on the day given', () => {
    expect(publicationDate(null, { date: '2027-03-20', announcement: '' }, '2027-03-21')).toBe('2027-03-21');
  });
});
