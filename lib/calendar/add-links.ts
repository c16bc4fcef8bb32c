import { Temporal } from 'temporal-polyfill';
import { isoWithOffset } from '@/lib/events/zoned-time';
import { eventLocation } from './event-text';
import type { CalendarEntry } from './types';

// "Add to calendar" links that work without JavaScript: Google Calendar's
// and Outlook's event templates, filled from the event. Pure.
// Values are percent-encoded with encodeURIComponent (a space is %20, not
// `+`, which Outlook shows as written).

/** What the links need of an event: its title, page URL and a short text. */
export interface AddLinkInput {
  title: string;
  event: CalendarEntry['recap']['event'];
  /** Absolute URL of the event's page. */
  pageUrl: string;
  /** The event's description, for the template's details (shortened). */
  description?: string;
}

/** Templates travel in the URL: their details stay short. */
const DETAILS_MAX = 800;

function details(input: AddLinkInput): string {
  const text = input.description ? `${input.description}\n\n${input.pageUrl}` : input.pageUrl;
  if (text.length <= DETAILS_MAX) return text;
  return `${input.description!.slice(0, DETAILS_MAX - input.pageUrl.length - 3)}…\n\n${input.pageUrl}`;
}

const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

/** `20270320T060000Z`: an instant in UTC, as Google's `dates` takes it. */
function utcStamp(instant: string): string {
  return Temporal.Instant.from(instant).toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

/** The last day of an all-day event plus one: calendars take the end as exclusive. */
const dayAfter = (date: string) => Temporal.PlainDate.from(date).add({ days: 1 }).toString();

/** Google Calendar's template: UTC times (or dates for an all-day event), shown in the event's zone (`ctz`). */
export function googleCalendarUrl(input: AddLinkInput): string {
  const { event } = input;
  const dates = event.allDay
    ? `${event.date.replace(/-/g, '')}/${dayAfter(event.endDate).replace(/-/g, '')}`
    : `${utcStamp(event.startsAt)}/${utcStamp(event.endsAt)}`;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: input.title,
    dates,
    details: details(input),
    location: eventLocation(event),
    ctz: event.timeZone,
  })}`;
}

/** Outlook's compose form: local times with their offset in the event's zone (or dates for an all-day event). */
export function outlookCalendarUrl(input: AddLinkInput): string {
  const { event } = input;
  const times = event.allDay
    ? { startdt: event.date, enddt: dayAfter(event.endDate), allday: 'true' }
    : { startdt: isoWithOffset(event.startsAt, event.timeZone), enddt: isoWithOffset(event.endsAt, event.timeZone) };
  return `https://outlook.live.com/calendar/0/action/compose?${query({
    subject: input.title,
    ...times,
    body: details(input),
    location: eventLocation(event),
  })}`;
}
