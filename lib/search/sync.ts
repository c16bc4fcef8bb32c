import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { toPublicRecap } from '@/lib/recaps/db-recaps';
import type { Recap } from '@/lib/recaps/types';
import { getRecapById } from '@/lib/sql/recaps';
import { recapDocuments } from './documents';
import { indexedRecaps, writeRecaps } from './index-sql';

// The index-maintenance steps on an explicit handle, so tests run them on
// both dialects; lib/search/indexer.ts binds them to the app's database.

/**
 * Writes the recaps whose documents changed (by hash) and removes indexed
 * recaps of the sources `owns` selects that are not in `recaps`. Returns a
 * summary for the log, empty when nothing changed. Idempotent.
 */
export async function syncRecaps(db: Kysely<Database>, recaps: Recap[], owns: (source: 'file' | 'db') => boolean): Promise<string> {
  const stored = await indexedRecaps(db);
  const wanted = new Set(recaps.map((r) => r.slug));
  const replace = recaps.map(recapDocuments).filter((rows) => stored.get(rows[0].recap_slug)?.hash !== rows[0].hash);
  const remove = [...stored].filter(([slug, { source }]) => owns(source) && !wanted.has(slug)).map(([slug]) => slug);
  if (replace.length === 0 && remove.length === 0) return '';
  await writeRecaps(db, replace, remove);
  return `${replace.length} recap(s) written, ${remove.length} removed`;
}

/**
 * Makes the index match one database recap as it is now: its live text
 * indexed when published, removed otherwise. Reads the row rather than trusting
 * the caller's event, so racing calls end in the latest state. A slug owned
 * by a file recap is left alone (the file wins, as on the site).
 */
export async function syncStoredRecap(db: Kysely<Database>, id: number, fileSlugs: ReadonlySet<string>): Promise<void> {
  const row = await getRecapById(db, id);
  if (!row || fileSlugs.has(row.slug)) return;
  const recap = row.status === 'published' ? await toPublicRecap(db, row) : null;
  if (recap) await writeRecaps(db, [recapDocuments(recap)]);
  else await writeRecaps(db, [], [row.slug]);
}
