import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { selectEventsEndedBetween } from '@/lib/sql/read-model';
import { instantText } from '@/lib/events/instant-text';
import type { EndedEvent } from './affected-paths';

/** At most this many ended events per listing flag are handed on per tick; more ending within one tick (never seen) keep the hour's backstop. */
const ENDED_PER_TICK = 500;
/** On an instance's first tick, how far back to look: the cached pages' backstop (`revalidate = 3600`) covers anything older. */
export const FIRST_LOOK_BACK_MS = 3_600_000;

/**
 * The scheduler's light step: the public events that ended since it last
 * looked (`since`, else FIRST_LOOK_BACK_MS before `now`), one indexed range
 * read per listing flag. An event's page, its series page and the listings
 * show another stage once it ends, though nothing stored changed, so the
 * scheduler hands them to `afterPublicChange` through its revalidate route.
 * Returns the events and where the next look starts. The scheduler only.
 */
export async function findEndedEvents(db: Kysely<Database>, since: Date | undefined, now: Date): Promise<{ ended: EndedEvent[]; next: Date }> {
  const from = since ?? new Date(now.getTime() - FIRST_LOOK_BACK_MS);
  if (now <= from) return { ended: [], next: from };
  const ended = await selectEventsEndedBetween(db, instantText(from), instantText(now), ENDED_PER_TICK);
  return { ended, next: now };
}
