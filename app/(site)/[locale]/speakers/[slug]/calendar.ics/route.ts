import { calendarPath, calendarPaths } from '@/lib/calendar/feed-paths';
import { calendarNotFound, calendarResponse } from '@/lib/calendar/feed-documents';
import { isLocale } from '@/lib/i18n/locales';
import { listCalendarEvents } from '@/lib/recaps/public-reads';
import { decodeSegment } from '@/lib/routing/segment';

/** A speaker's calendar: the events they speak at, in one language (lib/calendar). Unknown: a real 404, never cached. Public, like the feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const key = decodeSegment(slug);
  if (!isLocale(locale) || !key) return calendarNotFound();
  const feed = await listCalendarEvents({ kind: 'speaker', slug: key }, locale);
  if (!feed?.subject) return calendarNotFound();
  return calendarResponse({ kind: 'speaker', name: feed.subject }, locale, calendarPath(locale, calendarPaths.speaker(key)), feed.entries);
}
