import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { CalendarEntry } from './types';

// The plain text a calendar shows of an event: its LOCATION and its
// DESCRIPTION (status, summary, agenda, links). Event text is the version's
// own; the words around it are the feed's language. Pure.

type Event = CalendarEntry['recap']['event'];

/** Venue, address and city for a place; the online link for an event held only online. */
export function eventLocation(event: Event): string {
  if (event.attendance === 'online') return event.onlineUrl ?? '';
  const parts = [event.venue, event.address].filter((p): p is string => Boolean(p));
  // An address often ends with its city already.
  if (!parts.some((p) => p.includes(event.city))) parts.push(event.city);
  return parts.join(', ');
}

/** One agenda line per talk: its start (when the agenda gives one), title and speakers. */
export function agendaLines(talks: CalendarEntry['recap']['talks']): string[] {
  return talks.map((talk) => {
    const speakers = talk.speakers.map((s) => s.name).join(', ');
    return [talk.start, talk.title, speakers ? `— ${speakers}` : ''].filter(Boolean).join(' ');
  });
}

/** What a status other than "scheduled" means, in one sentence. */
export function statusNote(event: Event, locale: Locale): string | null {
  const t = translator(locale, 'calendar');
  switch (event.status) {
    case 'cancelled':
      return t('status.cancelled');
    case 'postponed':
      return t('status.postponed');
    case 'rescheduled':
      return event.previousDate ? t('status.rescheduled', { date: formatDate(event.previousDate, locale) }) : null;
    case 'moved-online':
      return t('status.movedOnline');
    default:
      return null;
  }
}

/** The DESCRIPTION: status, the recap's description, the agenda, then registration, online and page links. */
export function eventDescription(entry: CalendarEntry, pageUrl: string, locale: Locale): string {
  const t = translator(locale, 'calendar');
  const { recap } = entry;
  const { event } = recap;
  const blocks: string[] = [];
  const note = statusNote(event, locale);
  if (note) blocks.push(note);
  if (recap.description) blocks.push(recap.description);
  const agenda = agendaLines(recap.talks);
  if (agenda.length > 0) blocks.push([t('agenda'), ...agenda].join('\n'));
  const links = [
    event.registration && event.status !== 'cancelled' ? t('register', { url: event.registration }) : null,
    event.onlineUrl && event.attendance !== 'in-person' ? t('online', { url: event.onlineUrl }) : null,
    t('details', { url: pageUrl }),
  ].filter((l): l is string => l !== null);
  blocks.push(links.join('\n'));
  return blocks.join('\n\n');
}
