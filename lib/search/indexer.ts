import 'server-only';
import { db } from '@/lib/db/ready';
import { fileRecaps } from '@/lib/recaps/catalog';
import { toPublicRecaps } from '@/lib/recaps/db-recaps';
import type { Recap } from '@/lib/recaps/types';
import { selectPublishedRows } from '@/lib/sql/recaps';
import { syncRecaps, syncStoredRecap } from './sync';

// Keeps search_docs equal to the public recaps. The index lives in the
// database, so every instance searches the same one; the calls below are
// idempotent (they read the current state rather than trust the event), so
// two instances doing the same work, or a retry, is harmless.

const state = globalThis as typeof globalThis & { __searchFiles?: { catalog: Recap[]; done: Promise<void> } };

/**
 * Brings the whole index up to date: file recaps and published database
 * recaps, rewriting only recaps whose documents changed (compared by hash)
 * and dropping ones no longer public. Cheap when nothing changed. Run at
 * start-up (instrumentation.ts); never rejects, it logs.
 */
export function reindexAll(): Promise<void> {
  return run(fileRecaps(), true);
}

/**
 * Called before every search. The first call in a process does what
 * reindexAll does, unless that already ran or is running (e.g. the database
 * was down at start-up); later calls only compare the file catalog with the
 * one last indexed: in production it is read once per process, so that is a
 * pointer comparison; in development (files re-read every few seconds) it
 * picks up edits. Never rejects.
 */
export function ensureIndexed(): Promise<void> {
  const files = fileRecaps();
  if (state.__searchFiles?.catalog === files) return state.__searchFiles.done;
  return run(files, !state.__searchFiles);
}

function run(files: Recap[], withDatabaseRecaps: boolean): Promise<void> {
  const done: Promise<void> = (async () => {
    const database = await db();
    let recaps = files;
    if (withDatabaseRecaps) {
      const fileSlugs = new Set(files.map((r) => r.slug));
      // A slug is unique across both sources; should one collide, the git-managed file wins (as on the site).
      const fromDb = (await toPublicRecaps(database, await selectPublishedRows(database))).filter((r) => !fileSlugs.has(r.slug));
      recaps = [...files, ...fromDb];
    }
    const changed = await syncRecaps(database, recaps, (source) => withDatabaseRecaps || source === 'file');
    if (changed) console.log(`[search] index updated: ${changed}`);
  })().catch((error: unknown) => {
    console.error('[search] indexing failed:', error instanceof Error ? error.message : error);
    // Let the next search try again (from scratch: database recaps too).
    if (state.__searchFiles?.done === done) state.__searchFiles = undefined;
  });
  state.__searchFiles = { catalog: files, done };
  return done;
}

/**
 * Makes the index match one database recap's current state: indexed if it
 * is published (and valid), removed otherwise. Called right after publish,
 * unpublish, Update live page and scheduled publishing, so the
 * search sees the change as soon as the call returns. Never throws: a search
 * index problem must not fail the editor's action (reindexAll repairs it).
 */
export async function syncRecapIndex(id: number): Promise<void> {
  try {
    await syncStoredRecap(await db(), id, new Set(fileRecaps().map((r) => r.slug)));
  } catch (error) {
    console.error(`[search] updating the index for recap ${id} failed:`, error instanceof Error ? error.message : error);
  }
}
