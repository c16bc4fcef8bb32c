import type { Locale } from '@/lib/i18n/locales';
import type { EventFacts } from './event-facts';

// How an event's times and status read on its page and cards: in the
// event's own zone, named, in the page's language. Pure (Intl only), so the
// cached HTML is the same for every visitor; the visitor's own time is a
// client leaf (components/events/local-time.tsx).

const intlLocale = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

function format(instant: string, locale: Locale, zone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: zone }).format(new Date(instant));
}

/** "Saturday 20 March 2027" / "2027年3月20日星期六": the event's first day, in its zone. */
export function eventDateText(event: Pick<EventFacts, 'startsAt' | 'timeZone'>, locale: Locale): string {
  return format(event.startsAt, locale, event.timeZone, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
}

/** "China Standard Time" / "中国标准时间": the zone's long name on the event's day. */
export function zoneName(event: Pick<EventFacts, 'startsAt' | 'timeZone'>, locale: Locale): string {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: event.timeZone, timeZoneName: 'long' }).formatToParts(new Date(event.startsAt));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? event.timeZone;
}

/** "14:00–17:30" as written (local to the zone), or null for an all-day event. A multi-day event gives its end date too. */
export function eventTimeRange(
  event: Pick<EventFacts, 'start' | 'end' | 'date' | 'endDate' | 'allDay' | 'endsAt' | 'timeZone'>,
  locale: Locale,
): string | null {
  if (event.allDay || !event.start || !event.end) return null;
  if (event.endDate === event.date) return `${event.start}–${event.end}`;
  const endDay = format(event.endsAt, locale, event.timeZone, { month: 'long', day: 'numeric' });
  return `${event.start} – ${endDay} ${event.end}`;
}

/** The previous date (and time) of a rescheduled event, in its zone; null when it has none. */
export function previousText(event: Pick<EventFacts, 'previousStartsAt' | 'previousDate' | 'timeZone'>, locale: Locale): string | null {
  if (!event.previousStartsAt) return null;
  const day = format(event.previousStartsAt, locale, event.timeZone, { year: 'numeric', month: 'long', day: 'numeric' });
  const time = format(event.previousStartsAt, locale, event.timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return time !== '00:00' ? `${day}${locale === 'zh' ? ' ' : ', '}${time}` : day;
}

/** Which banner the event page shows above everything, if any. */
export type StatusBanner = 'cancelled' | 'postponed' | 'rescheduled' | 'movedOnline' | null;

export function statusBanner(event: Pick<EventFacts, 'status'>): StatusBanner {
  switch (event.status) {
    case 'cancelled':
      return 'cancelled';
    case 'postponed':
      return 'postponed';
    case 'rescheduled':
      return 'rescheduled';
    case 'moved-online':
      return 'movedOnline';
    default:
      return null;
  }
}

/** Whether the event can still be registered for: announced, not ended, not cancelled or postponed, with a registration URL. */
export function canRegister(event: Pick<EventFacts, 'registration' | 'status'>, stage: string): boolean {
  return Boolean(event.registration) && stage === 'announcement' && event.status !== 'cancelled' && event.status !== 'postponed';
}
