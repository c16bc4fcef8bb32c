import type { EventFacts } from './event-facts';
import { eventFingerprint } from './event-facts';

// What a calendar subscriber's copy of an event will change to, field by
// field: the confirmation the admin shows before a live event's time, place
// or status changes (issue 12). Pure, so the server's refusal and the panel
// that shows it say the same thing.

/** The rows of the confirmation, in the order they are shown. */
export type EventChangeField = 'when' | 'venue' | 'address' | 'city' | 'onlineUrl' | 'attendance' | 'status';

export interface EventChange {
  field: EventChangeField;
  /** As the organizer wrote it, in the event's own zone ("2027-05-20 19:00–21:00 (Europe/Berlin)"); a status or attendance is its key; '' for none. */
  before: string;
  after: string;
}

/**
 * Every difference of time, place or status between the live event and the
 * one about to replace it; empty when their fingerprints agree (a changed
 * title or agenda is no change for calendars). Callable anywhere.
 */
export function eventChanges(before: EventFacts, after: EventFacts): EventChange[] {
  if (eventFingerprint(before) === eventFingerprint(after)) return [];
  const changes: EventChange[] = [];
  const add = (field: EventChangeField, a: string, b: string) => {
    if (a !== b) changes.push({ field, before: a, after: b });
  };
  const sameInstants = before.startsAt === after.startsAt && before.endsAt === after.endsAt && before.allDay === after.allDay;
  // The same instants written in another zone are still a change for a calendar (TZID), so the zone is part of "when".
  if (!sameInstants || before.timeZone !== after.timeZone) changes.push({ field: 'when', before: whenText(before), after: whenText(after) });
  add('venue', before.venue ?? '', after.venue ?? '');
  add('address', before.address ?? '', after.address ?? '');
  add('city', before.city, after.city);
  add('onlineUrl', before.onlineUrl ?? '', after.onlineUrl ?? '');
  add('attendance', before.attendance, after.attendance);
  add('status', before.status, after.status);
  return changes;
}

/** `2027-05-20 19:00–21:00 (Europe/Berlin)`, `2027-05-20 – 2027-05-21 (Asia/Shanghai)` for days without times. */
export function whenText(event: Pick<EventFacts, 'date' | 'endDate' | 'start' | 'end' | 'allDay' | 'timeZone'>): string {
  const days = event.endDate !== event.date ? `${event.date} – ${event.endDate}` : event.date;
  if (event.allDay || !event.start || !event.end) return `${days} (${event.timeZone})`;
  const range = event.endDate !== event.date ? `${event.date} ${event.start} – ${event.endDate} ${event.end}` : `${event.date} ${event.start}–${event.end}`;
  return `${range} (${event.timeZone})`;
}
