import { Temporal } from 'temporal-polyfill';
import type { AttendanceMode, EventStatus, FrontMatter } from '@/lib/recaps/schema';
import { utcText, zonedInstant } from './zoned-time';

// An event as the portal reasons about it: its instants, status and place,
// derived from the front matter (files and the editor alike) and stored in
// the read model (`public_recaps.event`, migration 0009-events). Pure.

export interface EventFacts {
  /** The IANA zone its times are written in: its own, else SITE_TIME_ZONE when it was read. */
  timeZone: string;
  /** UTC instants (ISO, `Z`). An event without times spans its whole day(s) in its zone. */
  startsAt: string;
  endsAt: string;
  /** True when no start and end were given: calendars show it as an all-day event. */
  allDay: boolean;
  /** As written: local date and times in `timeZone`. */
  date: string;
  endDate: string;
  start?: string;
  end?: string;
  status: EventStatus;
  attendance: AttendanceMode;
  venue?: string;
  address?: string;
  city: string;
  onlineUrl?: string;
  registration?: string;
  /** A rescheduled event's previous start (UTC ISO), and its date as written. */
  previousStartsAt?: string;
  previousDate?: string;
  /** `stop`: its number in the series as the front matter gives it (else counted from the stops the portal has). */
  series?: { key: string; name: string; stop?: number };
  /** Published as an announcement: the recap is not written yet. */
  announcement: boolean;
}

type EventFrontMatter = Pick<
  FrontMatter,
  | 'date'
  | 'city'
  | 'venue'
  | 'start'
  | 'end'
  | 'endDate'
  | 'timeZone'
  | 'address'
  | 'attendance'
  | 'onlineUrl'
  | 'registration'
  | 'eventStatus'
  | 'previousDate'
  | 'previousStart'
  | 'series'
  | 'seriesName'
  | 'seriesStop'
  | 'announcement'
>;

/** The event of a validated front matter; `defaultZone` is SITE_TIME_ZONE. */
export function eventFactsOf(fm: EventFrontMatter, defaultZone: string): EventFacts {
  const timeZone = fm.timeZone ?? defaultZone;
  const endDate = fm.endDate ?? fm.date;
  const allDay = !(fm.start && fm.end);
  const startsAt = allDay ? dayStart(fm.date, timeZone) : instantText(fm.date, fm.start!, timeZone);
  const endsAt = allDay ? dayStart(nextDay(endDate), timeZone) : instantText(endDate, fm.end!, timeZone);
  const previousStartsAt = fm.previousDate
    ? fm.previousStart
      ? instantText(fm.previousDate, fm.previousStart, timeZone)
      : dayStart(fm.previousDate, timeZone)
    : undefined;
  return {
    timeZone,
    startsAt,
    endsAt,
    allDay,
    date: fm.date,
    endDate,
    ...(fm.start ? { start: fm.start } : {}),
    ...(fm.end ? { end: fm.end } : {}),
    status: fm.eventStatus ?? 'scheduled',
    attendance: fm.eventStatus === 'moved-online' ? 'online' : (fm.attendance ?? 'in-person'),
    ...(fm.venue ? { venue: fm.venue } : {}),
    ...(fm.address ? { address: fm.address } : {}),
    city: fm.city,
    ...(fm.onlineUrl ? { onlineUrl: fm.onlineUrl } : {}),
    ...(fm.registration ? { registration: fm.registration } : {}),
    ...(previousStartsAt ? { previousStartsAt, previousDate: fm.previousDate } : {}),
    ...(fm.series && fm.seriesName ? { series: { key: fm.series, name: fm.seriesName, ...(fm.seriesStop ? { stop: fm.seriesStop } : {}) } } : {}),
    announcement: fm.announcement ?? false,
  };
}

/** Where an event stands at `now`. */
export type EventPhase = 'upcoming' | 'ongoing' | 'ended';

export function eventPhase(event: Pick<EventFacts, 'startsAt' | 'endsAt'>, now: Date): EventPhase {
  const t = now.getTime();
  if (t < Date.parse(event.startsAt)) return 'upcoming';
  return t < Date.parse(event.endsAt) ? 'ongoing' : 'ended';
}

/** What the event page shows (lib/events/README or docs): the announcement, a "recap is coming" note, or the recap. */
export type EventStage = 'announcement' | 'awaiting-recap' | 'recap';

export function eventStage(event: Pick<EventFacts, 'startsAt' | 'endsAt' | 'announcement'>, now: Date): EventStage {
  if (!event.announcement) return 'recap';
  return eventPhase(event, now) === 'ended' ? 'awaiting-recap' : 'announcement';
}

/**
 * Time, place and status: what a calendar subscriber's copy must follow.
 * Two versions whose fingerprints differ are a change (SEQUENCE + 1).
 */
export function eventFingerprint(event: EventFacts): string {
  return JSON.stringify([
    event.startsAt,
    event.endsAt,
    event.allDay,
    event.timeZone,
    event.status,
    event.attendance,
    event.venue ?? '',
    event.address ?? '',
    event.city,
    event.onlineUrl ?? '',
  ]);
}

function instantText(date: string, time: string, zone: string): string {
  const found = zonedInstant(date, time, zone);
  // The schema refuses a time the zone skips; should one reach here, the next valid instant stands in.
  return found.ok ? utcText(found.instant) : utcText(Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone).toInstant());
}

function dayStart(date: string, zone: string): string {
  return utcText(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }).toInstant());
}

function nextDay(date: string): string {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toString();
}
