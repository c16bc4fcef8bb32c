import { describe, expect, it } from 'vitest';
import { isoWithOffset, isTimeZone, localDay, utcText, zonedInstant } from './zoned-time';

describe('local times in an IANA zone', () => {
  it('knows real zones and refuses made-up or malformed ones', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    for (const zone of ['Mars/Base', '', 'Asia/Shanghai; DROP', '../etc/passwd', 'x'.repeat(70)]) expect(isTimeZone(zone), zone).toBe(false);
  });

  it('turns a local time into its instant and offset', () => {
    const shanghai = zonedInstant('2027-03-20', '14:00', 'Asia/Shanghai');
    expect(shanghai.ok && utcText(shanghai.instant)).toBe('2027-03-20T06:00:00Z');
    expect(shanghai.ok && shanghai.offset).toBe('+08:00');
    const berlinSummer = zonedInstant('2027-07-01', '18:30', 'Europe/Berlin');
    expect(berlinSummer.ok && berlinSummer.offset).toBe('+02:00');
  });

  it('refuses a time that daylight saving time skips, on both sides of the Atlantic', () => {
    expect(zonedInstant('2027-03-14', '02:30', 'America/New_York')).toEqual({ ok: false, problem: 'skipped' });
    expect(zonedInstant('2027-03-28', '02:30', 'Europe/Berlin')).toEqual({ ok: false, problem: 'skipped' });
    // The minutes either side exist.
    expect(zonedInstant('2027-03-14', '01:59', 'America/New_York').ok).toBe(true);
    expect(zonedInstant('2027-03-14', '03:00', 'America/New_York').ok).toBe(true);
  });

  it('reads a time repeated when clocks go back as the earlier one', () => {
    const repeated = zonedInstant('2027-11-07', '01:30', 'America/New_York');
    expect(repeated.ok && utcText(repeated.instant)).toBe('2027-11-07T05:30:00Z');
    expect(repeated.ok && repeated.offset).toBe('-04:00');
  });

  it('says an unknown zone rather than throwing', () => {
    expect(zonedInstant('2027-03-20', '14:00', 'Mars/Base')).toEqual({ ok: false, problem: 'zone' });
  });

  it('writes an instant as local time with its offset, for structured data', () => {
    expect(isoWithOffset('2027-03-20T06:00:00Z', 'Asia/Shanghai')).toBe('2027-03-20T14:00:00+08:00');
    expect(isoWithOffset('2027-03-15T18:00:00Z', 'America/New_York')).toBe('2027-03-15T14:00:00-04:00');
    expect(isoWithOffset('2027-03-13T19:00:00Z', 'America/New_York')).toBe('2027-03-13T14:00:00-05:00');
  });

  it('gives the day an instant falls on in a zone', () => {
    expect(localDay(new Date('2027-03-19T20:00:00Z'), 'Pacific/Auckland')).toBe('2027-03-20');
    expect(localDay(new Date('2027-03-19T20:00:00Z'), 'America/New_York')).toBe('2027-03-19');
  });
});
