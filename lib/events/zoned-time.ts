import { Temporal } from 'temporal-polyfill';

// Local wall-clock times in an IANA zone, as organizers write them ("14:00 in
// Asia/Shanghai on 2027-03-20"), and the instants they stand for. Temporal
// knows what Intl does not: whether that local time exists at all (a
// daylight-saving change skips an hour) and its offset on that day.

/** Whether `zone` is an IANA time zone this runtime knows (`Asia/Shanghai`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type LocalTimeProblem = 'zone' | 'skipped';

/**
 * The instant of `date` (YYYY-MM-DD) at `time` (HH:MM) in `zone`, or why
 * there is none: an unknown zone, or a local time that the zone skips on that
 * day. An ambiguous time (the hour repeated when clocks go back) is the
 * earlier of the two, as calendars read it.
 */
export function zonedInstant(
  date: string,
  time: string,
  zone: string,
): { ok: true; instant: Temporal.Instant; offset: string } | { ok: false; problem: LocalTimeProblem } {
  if (!isTimeZone(zone)) return { ok: false, problem: 'zone' };
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const fields = { year, month, day, hour, minute, timeZone: zone };
  try {
    // 'reject' throws for a skipped time, and also for a repeated one; the second call takes the earlier of those.
    const zoned = Temporal.ZonedDateTime.from(fields, { disambiguation: 'reject', overflow: 'reject' });
    return { ok: true, instant: zoned.toInstant(), offset: zoned.offset };
  } catch {
    const earlier = Temporal.ZonedDateTime.from(fields, { disambiguation: 'earlier', overflow: 'reject' });
    // A skipped time comes back moved: its wall clock is not what was asked for.
    if (earlier.hour !== hour || earlier.minute !== minute) return { ok: false, problem: 'skipped' };
    return { ok: true, instant: earlier.toInstant(), offset: earlier.offset };
  }
}

/** `2027-03-20T14:00:00+08:00`: an instant as a local time in `zone` with its offset (schema.org, JSON-LD). */
export function isoWithOffset(instant: Temporal.Instant | string, zone: string): string {
  const at = typeof instant === 'string' ? Temporal.Instant.from(instant) : instant;
  return at.toZonedDateTimeISO(zone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** The instant as UTC ISO text (`2027-03-20T06:00:00Z`): how the read model stores and orders it. */
export function utcText(instant: Temporal.Instant): string {
  return instant.toString({ smallestUnit: 'second' });
}

/** The calendar day (YYYY-MM-DD) that `at` falls on in `zone`. */
export function localDay(at: Date, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString();
}
