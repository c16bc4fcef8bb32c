import { describe, expect, it } from 'vitest';
import { formatAdminDate, formatAdminDateTime, formatAdminRelative } from './admin-format';

describe('admin dates', () => {
  it('formats a date in each language', () => {
    expect(formatAdminDate('2023-07-15T10:00:00.000Z', 'zh')).toBe('2023年7月15日');
    expect(formatAdminDate('2023-07-15T10:00:00.000Z', 'en')).toBe('15 July 2023');
  });

  it('says the time zone of a server-rendered time, and keeps junk as it is', () => {
    expect(formatAdminDateTime('2023-07-15T14:05:00.000Z', 'zh')).toBe('2023年7月15日 14:05 UTC');
    expect(formatAdminDateTime('2023-07-15T04:05:00.000Z', 'en')).toBe('15 July 2023, 04:05 UTC');
    expect(formatAdminDateTime('not a date', 'en')).toBe('not a date');
  });

  it('says relative times in each language', () => {
    const now = new Date('2023-07-15T14:05:00.000Z');
    expect(formatAdminRelative('2023-07-15T14:02:00.000Z', 'zh', now)).toBe('3分钟前');
    expect(formatAdminRelative('2023-07-15T14:02:00.000Z', 'en', now)).toBe('3 minutes ago');
    expect(formatAdminRelative('2023-07-14T14:05:00.000Z', 'en', now)).toBe('yesterday');
  });
});
