import { calendarNotFound, recapCalendarResponse } from '@/lib/calendar/feed-documents';
import { getRecapCalendarEntry } from '@/lib/recaps/public-reads';
import { decodeSegment } from '@/lib/routing/segment';

/** One event's own calendar, in its language, whenever it took place (lib/calendar). Public, like the feed. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const entry = await getRecapCalendarEntry(decodeSegment(slug));
  return entry ? recapCalendarResponse(entry) : calendarNotFound();
}
