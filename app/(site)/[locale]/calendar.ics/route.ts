import { calendarPath, calendarPaths } from '@/lib/calendar/feed-paths';
import { calendarNotFound, calendarResponse } from '@/lib/calendar/feed-documents';
import { isLocale } from '@/lib/i18n/locales';
import { listCalendarEvents } from '@/lib/recaps/public-reads';

/** The site's calendar in one language: upcoming and recent events, each once (lib/calendar). Public, like the feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return calendarNotFound();
  const feed = await listCalendarEvents({ kind: 'site' }, locale);
  if (!feed) return calendarNotFound();
  return calendarResponse({ kind: 'site' }, locale, calendarPath(locale, calendarPaths.site()), feed.entries);
}
