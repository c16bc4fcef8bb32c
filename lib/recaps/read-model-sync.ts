import 'server-only';
import type { Kysely } from 'kysely';
import { db } from '@/lib/db/ready';
import type { Database } from '@/lib/db/schema';
import { now } from '@/lib/events/clock';
import { env } from '@/lib/env';
import { processState } from '@/lib/process-state';
import { indexRecaps, repairIndex } from '@/lib/search/sync';
import { getPublicRecapBody, getPublicRecapRow, selectFileRecapHashes, selectStaleDbRecapIds } from '@/lib/sql/read-model';
import { writePublicRecaps, type PublicRecapWrite } from '@/lib/sql/read-model-write';
import { syncRegistryFile } from '@/lib/speakers/registry-sync';
import { speakerSlugResolver } from '@/lib/speakers/resolve';
import { applySpeakerChange } from '@/lib/speakers/speaker-change';
import type { CompiledBodyTrees } from './body-cache';
import { compileRecapFile, listRecapFiles, readRecapFile } from './file-recaps';
import { contentHash, publicRecapRows, toRecapSummary } from './public-recap-rows';
import type { Recap } from './types';

// Loading what the public read model is built from, idempotently:
// - git-managed recaps (CONTENT_DIR), at the first public read of each
//   process: files whose text is unchanged (by content hash) are skipped,
//   changed ones compiled and written, removed ones dropped. Several
//   instances starting at once each do the same writes, serialised by the
//   read model's lock (lib/sql/read-model-write.ts): the result is the same.
// - database recaps found out of step with their rows, and the search index's
//   drift: by the scheduler, at start and then every minute (lib/recaps/scheduler.ts).

/** In development, files are looked at again after this long (content is edited live). */
const DEV_TTL_MS = 2000;

interface SyncState {
  db?: Kysely<Database>;
  files?: Promise<void>;
  at?: number;
}

/**
 * The app's database, with the git-managed recaps loaded into the read model
 * (once per process; again every few seconds in development). Public reads
 * (lib/recaps/public-reads.ts) and search reach the database through this.
 */
export async function publicDb(): Promise<Kysely<Database>> {
  const database = await db();
  const state = processState('readModelSync', (): SyncState => ({}));
  const expired = process.env.NODE_ENV !== 'production' && Date.now() - (state.at ?? 0) > DEV_TTL_MS;
  if (!state.files || state.db !== database || expired) {
    const run: Promise<void> = syncFileRecaps(database, env.contentDir).then(
      (done) => {
        if (done.written || done.removed) console.log(`[content] read model: ${done.written} file recap(s) written, ${done.removed} removed`);
      },
      (error: unknown) => {
        // The next read tries again (the database may be starting up).
        if (state.files === run) state.files = undefined;
        throw error;
      },
    );
    Object.assign(state, { db: database, files: run, at: Date.now() });
  }
  await state.files;
  return database;
}

export interface FileSync {
  written: number;
  removed: number;
  /** Files that failed to load, logged and left out (a broken file never takes the others down). */
  problems: number;
}

/**
 * Makes the read model's git-managed recaps (and their search documents)
 * those of `contentDir`: unchanged files (same text, by hash) are not even
 * compiled. A file wins over a database recap of the same slug.
 */
export async function syncFileRecaps(database: Kysely<Database>, contentDir: string): Promise<FileSync> {
  // The speaker registry first: the recaps written below resolve their speakers against it.
  const registry = await syncRegistryFile(database, contentDir);
  const stored = await selectFileRecapHashes(database);
  const present = new Set<string>();
  const loadedRecaps: { recap: Recap; hash: string }[] = [];
  const recaps: Recap[] = [];
  let problems = 0;
  for (const file of listRecapFiles(contentDir)) {
    const source = readRecapFile(file);
    if ('slug' in source) {
      const hash = contentHash('file', source.slug, source.text);
      if (stored.get(source.slug) === hash) {
        present.add(source.slug);
        continue;
      }
      const loaded = compileRecapFile(file, source.slug, source.text);
      if ('recap' in loaded) {
        present.add(source.slug);
        loadedRecaps.push({ recap: loaded.recap, hash });
        recaps.push(loaded.recap);
        continue;
      }
      reportProblem(loaded.problem);
    } else reportProblem(source.problem);
    problems++;
  }
  const removed = [...stored.keys()].filter((slug) => !present.has(slug));
  const speakerSlugOf = await speakerSlugResolver(
    database,
    recaps.flatMap((r) => r.talks.flatMap((t) => t.speakers.map((s) => s.name))),
  );
  const writes: PublicRecapWrite[] = loadedRecaps.map(({ recap, hash }) => publicRecapRows(recap, { contentHash: hash, speakerSlugOf }));
  await writePublicRecaps(database, writes, removed, now());
  await indexRecaps(database, recaps, removed);
  // Recaps left as they were may name people the registry now holds differently.
  if (registry.change) await applySpeakerChange(database, registry.change);
  return { written: writes.length, removed: removed.length, problems: problems + (registry.problems.length ? 1 : 0) };
}

function reportProblem(problem: { file: string; diagnostics: { line: number; column: number; message: string }[] }): void {
  for (const d of problem.diagnostics) console.error(`[content] ${problem.file}:${d.line}:${d.column}: ${d.message}`);
}

/** Ids per round of the database sync. */
const STALE_BATCH = 100;

/**
 * Finds database recaps out of step with the read model (see
 * selectStaleDbRecapIds) and hands them to `apply` (the after-change
 * function, through a request context so that it can expire their pages),
 * until none is left or a round makes no progress. Returns how many it handed on.
 */
export async function syncDatabaseRecaps(database: Kysely<Database>, apply: (ids: number[]) => Promise<void>): Promise<number> {
  let handed = 0;
  let previous = '';
  for (;;) {
    const ids = await selectStaleDbRecapIds(database, STALE_BATCH);
    // A recap still out of step after its turn (a stand-in, a compile that keeps failing) waits for the next sync.
    if (ids.length === 0 || ids.join() === previous) return handed;
    previous = ids.join();
    await apply(ids);
    handed += ids.length;
  }
}

/** Makes the search index hold exactly the read model's recaps (lib/search/sync.ts repairIndex). */
export async function repairSearchIndex(database: Kysely<Database>): Promise<{ indexed: number; removed: number }> {
  return repairIndex(database, async (slugs) => {
    const recaps: Recap[] = [];
    for (const slug of slugs) {
      const [row, body] = await Promise.all([getPublicRecapRow(database, slug), getPublicRecapBody(database, slug)]);
      if (row && body) recaps.push({ ...toRecapSummary(row), ...(JSON.parse(body.body) as CompiledBodyTrees) });
    }
    return recaps;
  });
}
