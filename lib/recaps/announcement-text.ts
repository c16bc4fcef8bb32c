import type { EventFacts } from '@/lib/events/event-facts';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { RecapSummary } from './types';

// An announced event in words, for the places that only carry text: the feed
// item and the page's meta description. The times are the event's own, in its
// zone (named, so a reader elsewhere knows which clock): text is read far from
// the event, and a reader's feed app has no zone to convert to.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${zone}:${withTime}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'full',
      ...(withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
      timeZone: zone,
    });
    formats.set(key, found);
  }
  return found;
}

/** "Saturday, 20 March 2027, 14:00–17:00 (Asia/Shanghai)"; an all-day event by its date(s) alone. */
export function eventWhenText(event: EventFacts, locale: Locale): string {
  if (event.allDay) {
    // Dates as written, read at noon UTC so no zone moves them a day.
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    const dates = format(locale, 'UTC', false);
    return event.endDate === event.date ? dates.format(day(event.date)) : dates.formatRange(day(event.date), day(event.endDate));
  }
  const range = format(locale, event.timeZone, true).formatRange(new Date(event.startsAt), new Date(event.endsAt));
  return translator(locale, 'feed')('when', { when: range, zone: event.timeZone });
}

/** "Saturday, 20 March 2027, 14:00–17:00 (Asia/Shanghai) · Tencent Building, Shenzhen.": when and where. */
export function eventWhenWhere(event: EventFacts, locale: Locale): string {
  const t = translator(locale, 'feed');
  const place = event.attendance === 'online' ? t('onlinePlace') : [event.venue, event.city].filter(Boolean).join(', ');
  return t('where', { when: eventWhenText(event, locale), place });
}

/** The sentence a changed status needs ("This meetup is cancelled."), or none for a scheduled event. */
export function eventStatusText(event: EventFacts, locale: Locale): string | undefined {
  const t = translator(locale, 'feed');
  switch (event.status) {
    case 'cancelled':
      return t('cancelled');
    case 'postponed':
      return t('postponed');
    case 'moved-online':
      return t('movedOnline');
    case 'rescheduled':
      return t('rescheduled', { previous: event.previousDate ?? '' });
    default:
      return undefined;
  }
}

/**
 * A recap page's meta and Open Graph description: an announcement's starts
 * with its status, date, time and place (what a search result or a shared
 * link must say of an event to come); a recap's is its own description.
 */
export function recapMetaDescription(recap: Pick<RecapSummary, 'event' | 'locale' | 'description'>): string {
  if (!recap.event.announcement) return recap.description;
  return [eventStatusText(recap.event, recap.locale), eventWhenWhere(recap.event, recap.locale), recap.description].filter(Boolean).join(' ');
}
