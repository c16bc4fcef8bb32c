import { calendarPath, calendarPaths } from '@/lib/calendar/feed-paths';
import { calendarNotFound, calendarResponse } from '@/lib/calendar/feed-documents';
import { isLocale } from '@/lib/i18n/locales';
import { listCalendarEvents } from '@/lib/recaps/public-reads';
import { decodeSegment } from '@/lib/routing/segment';

/** A city's calendar (its slug is the lowercased city), in one language (lib/calendar). Unknown: a real 404, never cached. Public, like the feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const key = decodeSegment(slug).toLowerCase();
  if (!isLocale(locale) || !key) return calendarNotFound();
  const feed = await listCalendarEvents({ kind: 'city', key }, locale);
  if (!feed?.subject) return calendarNotFound();
  return calendarResponse({ kind: 'city', name: feed.subject }, locale, calendarPath(locale, calendarPaths.city(key)), feed.entries);
}
