import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { EventStatus } from '@/lib/recaps/schema';
import { eventDescription, eventLocation } from './event-text';
import type { CalendarEntry, CalendarFeed } from './types';
import { blockOfTzid, zoneBlock } from './zones';

// iCalendar (RFC 5545) feeds, built with ical-generator: it writes CRLF,
// escapes TEXT values (`\` `;` `,` newlines) and folds lines at 75 octets
// without splitting a UTF-8 character (checked with Chinese text in
// ./ics.test.ts, so a future version that folds otherwise fails there).
// Times are written in the event's own zone (TZID) with a VTIMEZONE for each
// zone used, so a subscriber's calendar moves them right across daylight
// saving; an event without times is a VALUE=DATE all-day event.

/** How often subscribers should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 60 * 60;

// ical-generator writes the leading `-` (not registered with ISO) itself.
export const PRODID = '//Meetup Recap Portal//Calendar//EN';

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  rescheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The page of a recap, absolute, from the feed's site URL. */
export type PageUrl = (slug: string) => string;

/** One VCALENDAR of `feed.entries`, in their order (a cancelled event stays, STATUS:CANCELLED). Pure but for `feed.stamp`. */
export function renderCalendar(feed: CalendarFeed, pageUrl: PageUrl): string {
  const calendar = ical({
    prodId: PRODID,
    name: feed.name,
    ...(feed.description ? { description: feed.description } : {}),
    url: feed.url,
    source: feed.url,
    method: ICalCalendarMethod.PUBLISH,
    // REFRESH-INTERVAL;VALUE=DURATION:PT1H and X-PUBLISHED-TTL:PT1H.
    ttl: REFRESH_SECONDS,
    // No calendar-wide zone: each event names its own, and each zone named gets its VTIMEZONE.
    timezone: { name: null, generator: blockOfTzid },
  });
  for (const entry of feed.entries) addEvent(calendar, entry, feed, pageUrl);
  return calendar.toString();
}

function addEvent(calendar: ReturnType<typeof ical>, entry: CalendarEntry, feed: CalendarFeed, pageUrl: PageUrl): void {
  const { recap, record } = entry;
  const { event } = recap;
  const url = pageUrl(recap.slug);
  const location = eventLocation(event);
  calendar.createEvent({
    id: record.uid,
    sequence: record.sequence,
    stamp: Temporal.Instant.fromEpochMilliseconds(feed.stamp.getTime()),
    created: Temporal.Instant.from(record.createdAt),
    lastModified: Temporal.Instant.from(record.changedAt),
    ...eventTimes(event),
    summary: recap.title,
    description: eventDescription(entry, url, feed.locale),
    ...(location ? { location } : {}),
    url,
    status: STATUS[event.status],
  });
}

/** DTSTART/DTEND: dates for an all-day event (DTEND the day after the last, exclusive), else local times in the event's zone. */
function eventTimes(event: CalendarEntry['recap']['event']) {
  if (event.allDay) {
    const start = Temporal.PlainDate.from(event.date);
    return { allDay: true, start, end: Temporal.PlainDate.from(event.endDate).add({ days: 1 }) };
  }
  const zone = zoneBlock(event.timeZone);
  const start = Temporal.Instant.from(event.startsAt);
  const end = Temporal.Instant.from(event.endsAt);
  // A zone the library lacks: the same instants in UTC, still right, only without local rules.
  if (!zone) return { start, end };
  return { start: start.toZonedDateTimeISO(zone.tzid), end: end.toZonedDateTimeISO(zone.tzid), timezone: zone.tzid };
}
