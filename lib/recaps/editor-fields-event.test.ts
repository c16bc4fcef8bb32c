import { describe, expect, it } from 'vitest';
import { localizeMessage } from '@/lib/i18n/admin-errors';
import { EMPTY_FIELDS, fieldsFromStored, fieldsToStored, validateFields, type RecapFields } from './editor-fields';

// Bad event input in the editor (issue 12, "Bad input"): each message at its field (path[0]), said in both languages.

const fields: RecapFields = {
  ...EMPTY_FIELDS,
  title: 'Meetup',
  slug: 'meetup',
  date: '2027-03-14',
  city: 'New York',
  community: 'JS',
  description: 'Talks.',
  tags: 'js',
  author: 'Ann',
  announcement: 'true',
  start: '19:00',
  end: '21:00',
};

function errorsOf(change: Partial<RecapFields>): Record<string, string> {
  const result = validateFields({ ...fields, ...change }, '2027-01-10');
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('validateFields: bad event input, at its field', () => {
  it.each([
    [
      'a time the clocks skip in New York',
      { timeZone: 'America/New_York', start: '02:30', end: '04:00' },
      'start',
      /02:30 does not exist on 2027-03-14 in America\/New_York/,
    ],
    [
      'a time the clocks skip in Berlin',
      { date: '2027-03-28', timeZone: 'Europe/Berlin', start: '02:30', end: '04:00' },
      'start',
      /02:30 does not exist on 2027-03-28 in Europe\/Berlin/,
    ],
    ['an end before the start', { start: '21:00', end: '19:00' }, 'end', /^end: the event ends \(19:00\) before or when it starts \(21:00\)/],
    ['an unknown zone', { timeZone: 'Mars/Base' }, 'timeZone', /^timeZone must be an IANA time zone/],
    ['a javascript: registration', { registration: 'javascript:alert(1)' }, 'registration', /^registration must be an http\(s\) URL/],
    ['an ftp registration', { registration: 'ftp://x' }, 'registration', /^registration must be an http\(s\) URL/],
    ['rescheduled without the previous date', { eventStatus: 'rescheduled' }, 'previousDate', /^previousDate: a rescheduled event keeps the date/],
    ['moved online without a link', { eventStatus: 'moved-online' }, 'onlineUrl', /^onlineUrl: an event held online needs the link/],
    ['a series without a name', { series: 'cloud-native-practice' }, 'seriesName', /^seriesName: name the series/],
    ['a start that is no time', { start: '7pm' }, 'start', /^start must be a time written HH:MM/],
    ['an end date that is no date, with times', { endDate: '2027-02-30' }, 'endDate', /^endDate: is not a real calendar date$/],
  ])('%s', (_what, change, field, message) => {
    const errors = errorsOf(change);
    expect(errors[field]).toMatch(message);
    expect(errors[field], 'the message names its field').toContain(field);
    const chinese = localizeMessage(errors[field], 'zh');
    expect(chinese, 'said in Chinese').toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).not.toBe(errors[field]);
  });

  it('accepts an announcement before its event, and says what to do when it is not one', () => {
    expect(validateFields(fields, '2027-01-10').ok).toBe(true);
    const errors = errorsOf({ announcement: '' });
    expect(errors.date).toMatch(/mark it as an announcement, or publish on or after the event$/);
    expect(localizeMessage(errors.date, 'zh')).toContain('活动预告');
  });
});

describe('event fields in storage', () => {
  it('stores announcement as a boolean and leaves empty event fields out', () => {
    const stored = fieldsToStored({ ...fields, registration: 'https://example.com/r', timeZone: '' });
    expect(stored).toMatchObject({ announcement: true, start: '19:00', end: '21:00', registration: 'https://example.com/r' });
    expect(stored).not.toHaveProperty('timeZone');
    expect(fieldsToStored({ ...fields, announcement: '' })).not.toHaveProperty('announcement');
  });

  it('reads them back as the strings the form holds, whatever an older version stored', () => {
    const back = fieldsFromStored(fieldsToStored({ ...fields, seriesName: 'Cloud' }), 'meetup');
    expect(back).toEqual({ ...fields, seriesName: 'Cloud' });
    expect(fieldsFromStored({ title: 'Old', announcement: 'yes', start: 1900 }, 'old')).toMatchObject({ announcement: '', start: '' });
  });
});
