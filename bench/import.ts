/**
 * Import benchmark (`npm run bench:import`; issue 13): generates a Hugo-like
 * site of 500 posts with real images (bench/import/site.ts), imports it once
 * with --dry-run (converted and checked, images read and sniffed, nothing
 * written) and once into drafts in a fresh SQLite database (images through
 * the upload pipeline: sharp re-encoding, deduplicated by hash), the way
 * `npm run import` does (import workers, the gate with its HTML render), and
 * records the total time, ms per post, ms per stored image, the longest stall
 * of this (the calling) thread's event loop and the process's peak RSS.
 * Writes the "import" key of bench/results.json.
 * Env: BENCH_IMPORT_POSTS (500).
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { closeDb, createDb } from '../lib/db/connection';
import { migrateToLatest } from '../lib/db/migrate';
import { draftImageStore, draftWriter } from '../lib/import/drafts';
import type { ImageStore } from '../lib/import/images';
import { closeImportPool, importPoolStats } from '../lib/import/off-thread';
import type { PostReport } from '../lib/import/report';
import { runImport, type RunOptions } from '../lib/import/run';
import { createUser } from '../lib/sql/users';
import { machineInfo, writeResults } from './lib/results';
import { BENCH_TMP } from './lib/server';
import { loadAverage } from './lib/stats';
import { generateSite } from './import/site';

const POSTS = Number(process.env.BENCH_IMPORT_POSTS) > 0 ? Number(process.env.BENCH_IMPORT_POSTS) : 500;
const DIR = path.join(BENCH_TMP, 'import');
const log = (m: string) => console.log(`[bench:import] ${m}`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 0);

function outcomes(reports: PostReport[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of reports) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

/** Runs `work` and reports its wall time and the worst event-loop delay of this thread meanwhile. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; loopMaxMs: number; loopP99Ms: number }> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  loop.disable();
  return { result, ms, loopMaxMs: round(loop.max / 1e6), loopP99Ms: round(loop.percentile(99) / 1e6) };
}

async function main() {
  const t0 = performance.now();
  const site = await generateSite(path.join(DIR, 'site'), POSTS);
  log(
    `generated ${site.posts} posts, ${site.imageRefs} image references to ${site.imageFiles} files (${round(site.imageBytes / 2 ** 20)} MB) in ${Math.round(performance.now() - t0)} ms`,
  );
  const options: RunOptions = { timeZone: 'Asia/Shanghai', render: true };
  // Loading the modules and starting the import worker belong to no post: one post first, not measured.
  const warm = await timed(() => runImport(path.join(site.dir, 'content/zh/posts/meetup-001.md'), options));
  log(`warm-up (modules, worker start, one post): ${Math.round(warm.ms)} ms`);

  const dry = await timed(() => runImport(site.dir, options));
  const dryRss = peakRssMb();
  log(`dry run: ${Math.round(dry.ms)} ms, ${JSON.stringify(outcomes(dry.result.reports))}, event loop max ${dry.loopMaxMs} ms, peak RSS ${dryRss} MB`);

  const dbFile = path.join(DIR, 'bench.db');
  fs.rmSync(dbFile, { force: true });
  const db = createDb({ dialect: 'sqlite', path: dbFile });
  try {
    await migrateToLatest(db);
    const user = await createUser(db, { email: 'bench-import@example.org', name: 'Importer', role: 'admin', now: new Date() });
    const store = draftImageStore(db, user);
    let storeMs = 0;
    let stored = 0;
    const timedStore: ImageStore = async (bytes) => {
      const started = performance.now();
      try {
        return await store(bytes);
      } finally {
        storeMs += performance.now() - started;
        stored++;
      }
    };
    const drafts = await timed(() => runImport(site.dir, { ...options, imageStore: timedStore }, draftWriter(db, user)));
    const media = await db
      .selectFrom('media')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const result = {
      method: `bench/import/site.ts: a Hugo site (zh and en content folders, 4 in 5 posts in Chinese) of ${site.posts} generated posts, 2–6 talk sections each (heading, photo, caption line naming the speaker in one of five forms, prose, sometimes bold Q&A or an agenda table), raw HTML images with and without alt, a poster on every third post; ${site.imageFiles} real images made with sharp (90 JPEG photos 1200×800, 30 PNG slides 960×540, 20 JPEG posters 900×2700; a few photos in many posts). After a warm-up import of one post (modules loaded, worker started; not counted), imported as \`npm run import\` does (render gate; ${importPoolStats().workers} import worker(s) on this machine): once --dry-run (images read and sniffed, not stored), then into drafts in a fresh SQLite database (images through the upload pipeline). Per image: time inside the image store (sharp re-encode, hash, media row) per store call; an import stores each distinct image once, however many posts show it. Event loop: this thread's, monitorEventLoopDelay. Peak RSS: the process (its worker threads included), getrusage maxrss.`,
      posts: site.posts,
      imageReferences: site.imageRefs,
      imageFiles: site.imageFiles,
      imageMB: round(site.imageBytes / 2 ** 20),
      warmUpMs: Math.round(warm.ms),
      dryRun: {
        totalMs: Math.round(dry.ms),
        msPerPost: round(dry.ms / site.posts),
        outcomes: outcomes(dry.result.reports),
        eventLoopMaxMs: dry.loopMaxMs,
        eventLoopP99Ms: dry.loopP99Ms,
        peakRssMB: dryRss,
      },
      drafts: {
        totalMs: Math.round(drafts.ms),
        msPerPost: round(drafts.ms / site.posts),
        storeCalls: stored,
        msPerImage: round(storeMs / Math.max(1, stored)),
        imageStoreShareOfTotal: round(storeMs / drafts.ms, 2),
        mediaRows: Number(media.n),
        outcomes: outcomes(drafts.result.reports),
        eventLoopMaxMs: drafts.loopMaxMs,
        eventLoopP99Ms: drafts.loopP99Ms,
        peakRssMB: peakRssMb(),
      },
      loadAverage: loadAverage(),
      machine: machineInfo(),
      at: new Date().toISOString(),
    };
    writeResults('import', result);
    log(
      `drafts: ${result.drafts.totalMs} ms (${result.drafts.msPerPost} ms/post), ${stored} images stored at ${result.drafts.msPerImage} ms each (${result.drafts.mediaRows} distinct), ${JSON.stringify(result.drafts.outcomes)}, event loop max ${drafts.loopMaxMs} ms, peak RSS ${result.drafts.peakRssMB} MB (load avg ${result.loadAverage})`,
    );
  } finally {
    await db.destroy();
    await closeDb();
    await closeImportPool();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
