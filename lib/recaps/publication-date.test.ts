import { describe, expect, it } from 'vitest';
import { publicationDate, writesRecap } from './publication-date';

describe('the publication date of a database recap', () => {
  it('a published text keeps its first publication, an announcement too', () => {
    expect(publicationDate('2023-07-20T10:00:00Z', '2024-01-01', false)).toBe('2023-07-20');
    expect(publicationDate('2027-02-01T10:00:00Z', '2027-02-10', false)).toBe('2027-02-01');
  });

  it('the recap written on an announced page is published on the day it goes live (which the gate checks against the event)', () => {
    expect(publicationDate('2027-02-01T10:00:00Z', '2027-03-22', true)).toBe('2027-03-22');
    expect(publicationDate('2027-02-01T10:00:00Z', '2027-03-01', true)).toBe('2027-03-01');
  });

  it('a recap not yet published goes live on the day given', () => {
    expect(publicationDate(null, '2027-03-21', false)).toBe('2027-03-21');
  });

  it('only an announcement that stops being one writes the recap', () => {
    expect(writesRecap({ announcement: 'true' }, { announcement: '' })).toBe(true);
    expect(writesRecap({ announcement: 'true' }, { announcement: 'true' })).toBe(false);
    expect(writesRecap({ announcement: '' }, { announcement: '' })).toBe(false);
    expect(writesRecap(null, { announcement: '' })).toBe(false);
  });
});
