import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { Recap } from '@/lib/recaps/types';
import { otherNamesResolver } from '@/lib/speakers/resolve';
import { recapDocumentsWithNames } from './documents';
import { indexDrift, writeRecaps } from './index-sql';

// Keeps search_docs equal to the public recaps, on an explicit handle so
// tests run it on both dialects. The index lives in the database, so every
// instance searches the same one. Called with the recaps that changed, by
// the one after-change function (lib/recaps/public-change.ts) and the
// start-up load (lib/recaps/read-model-sync.ts); both are idempotent.

/** Indexes `recaps` (replacing their documents, with every name of their speakers' people) and drops the recaps `remove`. */
export async function indexRecaps(db: Kysely<Database>, recaps: Recap[], remove: string[] = []): Promise<void> {
  if (recaps.length === 0 && remove.length === 0) return;
  const otherNames = await otherNamesResolver(
    db,
    recaps.flatMap((r) => r.talks.flatMap((t) => t.speakers.map((s) => s.name))),
  );
  await writeRecaps(
    db,
    recaps.map((r) => recapDocumentsWithNames(r, otherNames)),
    remove,
  );
}

/** Batch size of the repair: it loads this many compiled recaps at a time. */
const REPAIR_BATCH = 100;

/**
 * Makes the index hold exactly the recaps of the read model: indexes public
 * recaps it lacks (through `load`, which returns them compiled) and drops
 * documents of recaps no longer public (a crash between a change and its
 * index write, a database from an older release). Cheap when nothing
 * drifted: two anti-joins. Returns what it did, for the log.
 */
export async function repairIndex(db: Kysely<Database>, load: (slugs: string[]) => Promise<Recap[]>): Promise<{ indexed: number; removed: number }> {
  let indexed = 0;
  let removed = 0;
  for (;;) {
    const { missing, extra } = await indexDrift(db, REPAIR_BATCH);
    if (missing.length === 0 && extra.length === 0) return { indexed, removed };
    const recaps = await load(missing);
    await indexRecaps(db, recaps, extra);
    indexed += recaps.length;
    removed += extra.length;
    // A recap that could not be loaded would be found missing again forever.
    if (recaps.length < missing.length && extra.length === 0) return { indexed, removed };
  }
}
