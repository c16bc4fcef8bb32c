import type { Locale } from '@/lib/i18n/locales';
import type { RecapSummary } from '@/lib/recaps/types';

/** What a calendar subscriber already holds of an event (`event_calendar`, lib/sql/event-calendar.ts). */
export interface CalendarRecord {
  /** Fixed at the event's first publication, never changed: the VEVENT's UID. */
  uid: string;
  /** Moved by every change of time, place or status. */
  sequence: number;
  /** ISO instant of the first publication (CREATED). */
  createdAt: string;
  /** ISO instant of the last change of time, place or status (LAST-MODIFIED). */
  changedAt: string;
}

/** One event of a feed: the version shown (its own language's text) and its calendar record. */
export interface CalendarEntry {
  recap: Pick<RecapSummary, 'slug' | 'title' | 'description' | 'talks' | 'locale' | 'event'>;
  record: CalendarRecord;
}

/** A whole feed: one VCALENDAR. */
export interface CalendarFeed {
  /** X-WR-CALNAME and NAME, in the feed's language. */
  name: string;
  description?: string;
  /** The feed's own absolute URL (URL and SOURCE). */
  url: string;
  /** The feed's language: the words it adds ("Agenda", "Register: …"). */
  locale: Locale;
  /** When the feed is written (DTSTAMP), from lib/events/clock.ts `now()`. */
  stamp: Date;
  entries: CalendarEntry[];
}
