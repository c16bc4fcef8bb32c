import { describe, expect, it } from 'vitest';
import { parseScheduleInput } from './schedule-input';

const NOW = new Date('2025-01-10T12:00:00.000Z');
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('parseScheduleInput', () => {
  it('turns local time and the browser offset into the exact instant', () => {
    // UTC+8 (Beijing): getTimezoneOffset() is -480.
    expect(parseScheduleInput(form({ at: '2025-03-01T09:30', tzOffset: '-480' }), NOW)).toEqual({ ok: true, when: new Date('2025-03-01T01:30:00.000Z') });
    expect(parseScheduleInput(form({ at: '2025-03-01T09:30:15', tzOffset: '300' }), NOW)).toEqual({ ok: true, when: new Date('2025-03-01T14:30:15.000Z') });
    expect(parseScheduleInput(form({ at: '2028-02-29T10:00', tzOffset: '0' }), NOW).ok).toBe(true);
  });

  it.each([
    ['30 February', { at: '2025-02-30T10:00', tzOffset: '0' }, /does not exist/],
    ['29 February of a common year', { at: '2027-02-29T10:00', tzOffset: '0' }, /does not exist/],
    ['31 April', { at: '2025-04-31T10:00', tzOffset: '0' }, /does not exist/],
    ['hour 24', { at: '2025-03-01T24:00', tzOffset: '0' }, /does not exist/],
    ['month 13', { at: '2025-13-01T10:00', tzOffset: '0' }, /does not exist/],
    ['not a date', { at: 'tomorrow', tzOffset: '0' }, /Choose a date and time/],
    ['an absurd offset', { at: '2025-03-01T10:00', tzOffset: '1e300' }, /invalid time zone/],
    ['an offset past UTC+14', { at: '2025-03-01T10:00', tzOffset: '-900' }, /invalid time zone/],
    ['a fractional offset', { at: '2025-03-01T10:00', tzOffset: '30.5' }, /invalid time zone/],
    ['a text offset', { at: '2025-03-01T10:00', tzOffset: 'Europe/Berlin' }, /time zone/],
    ['no offset', { at: '2025-03-01T10:00' }, /time zone/],
    ['the past', { at: '2025-01-10T11:59', tzOffset: '0' }, /in the future\./],
    ['year 9999', { at: '9999-12-31T23:59', tzOffset: '0' }, /next five years/],
  ])('refuses %s at the field, keeping what was typed', (_name, fields, message) => {
    const result = parseScheduleInput(form(fields), NOW);
    expect(result).toMatchObject({ ok: false, values: { at: fields.at } });
    if (!result.ok) expect(result.fieldErrors.at).toMatch(message);
  });

  it.each([[undefined], [null], ['at=2025-03-01T10:00'], [{ at: '2025-03-01T10:00', tzOffset: 0 }], [[1, 2]]])('refuses %j instead of form data', (input) => {
    expect(parseScheduleInput(input, NOW)).toMatchObject({ ok: false, fieldErrors: { at: 'Choose a date and time.' } });
  });
});
