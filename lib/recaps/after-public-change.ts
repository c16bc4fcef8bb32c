import 'server-only';
import { revalidatePath } from 'next/cache';
import { publicDb } from './read-model-sync';
import { applySpeakerChange, type SpeakerChange } from '@/lib/speakers/speaker-change';
import { applyPublicChange } from './public-change';
import { endedEventPaths, type EndedEvent } from './affected-paths';

// Cache invalidation needs Next's request context: call this from server
// actions (through lib/recaps/mutations) or route handlers (the scheduler's
// app/api/internal/revalidate). revalidatePath without a profile expires at
// once, on every instance when the cache is in Redis: the next visitor of
// each path gets a fresh render, and every other cached page stays as it is.
// A render that began before the write and finishes after it would cache the
// old text as fresh: the cached routes set `revalidate = 3600` as a backstop.

/**
 * The one function run after every change to what the public sees of
 * database recaps (publish, Update live page, unpublish, scheduled publish,
 * and the repair of recaps found out of step): for each of `recapIds`, writes
 * or removes its read-model rows and search documents from its current state
 * (./public-change.ts), then expires exactly the pages that changed.
 * A change to the speaker registry (an edit, a merge, a split in the admin)
 * passes `speakers`: the talks it touches are resolved again and their
 * speaker rows rewritten (lib/speakers/speaker-change.ts).
 * Events that just ended (`ended`, found by the scheduler: lib/recaps/event-expiry.ts)
 * change nothing stored, only what their pages and the listings show: those are expired.
 * Idempotent. Mutations call it; nothing else expires pages or indexes.
 */
export async function afterPublicChange(recapIds: number[], speakers?: SpeakerChange, ended?: EndedEvent[]): Promise<string[]> {
  const database = await publicDb();
  const paths = new Set<string>();
  for (const id of recapIds) for (const path of await applyPublicChange(database, id)) paths.add(path);
  if (speakers) for (const path of await applySpeakerChange(database, speakers)) paths.add(path);
  if (ended?.length) for (const path of endedEventPaths(ended)) paths.add(path);
  const sorted = [...paths].sort();
  for (const path of sorted) revalidatePath(path);
  return sorted;
}
