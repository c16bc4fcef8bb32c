import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { processState } from '@/lib/process-state';
import { WorkerPool, workerFromSource, type JobOutcome } from '@/lib/mdx/worker-pool';
import type { ImageStore, StoredImage } from './images';
import type { ConvertedPost, PostSource, SiteDefaults } from './post';
import { ReportBuilder } from './report';
import type { ImportReply, ImportResult, ImportTask, StoreImageCall } from './worker-protocol';
import { ZIP_LIMITS, type ZipResult } from './zip';

// Every import, from the admin's upload or `npm run import`, parses and
// converts its posts and unpacks its archive here: in a small pool of import
// workers (lib/mdx/worker-pool.ts, like the compile pool), each post within a
// time and memory budget. A post over budget fails with a sentence and the
// others still import; the request thread only sends texts and receives
// trees. A pool of its own: a 500-post import never queues the editors'
// previews and saves in the compile pool.

/**
 * Processor time one post may take to convert and check (parse, talks, gate).
 * An ordinary post takes 50–300 ms, a long one with 20 talks under a second;
 * 26 KB of nested links (parse5's adoption agency) take 9 s, twice that four times longer.
 */
export const POST_TIME_BUDGET_MS = 10_000;
/** Unpacking an archive at its limits (50 MB in, 200 MB out) takes a few seconds; reading every post's front matter for shared descriptions, under one. */
export const UNZIP_TIME_BUDGET_MS = 60_000;
/** V8 heap of one import worker: a 500 KB post needs well under half of it. */
export const IMPORT_MEMORY_BUDGET_MB = 256;
/** A worker whose heap grew by more than this over a job is replaced (see RECYCLE_HEAP_MB in lib/mdx/budget.ts). */
const RECYCLE_HEAP_MB = 64;

type ImportPool = WorkerPool<ImportTask, ImportReply>;

/** Image stores of the imports under way, by the id their posts' tasks carry; each takes the bytes and their hash. */
const stores = new Map<number, (bytes: Buffer, hash: string) => Promise<StoredImage>>();
let nextStore = 1;

const shared = () => processState('importPool', (): { pool?: ImportPool } => ({}));

function pool(): ImportPool {
  const state = shared();
  return (state.pool ??= new WorkerPool<ImportTask, ImportReply>({
    // One worker on two cores, two on more: an import is one organizer's batch job, never the site's.
    size: Math.min(2, Math.max(1, os.availableParallelism() - 1)),
    memoryMb: IMPORT_MEMORY_BUDGET_MB,
    recycleHeapMb: RECYCLE_HEAP_MB,
    spawn: spawnImportWorker,
    onCall: answerCall,
    name: 'import',
  }));
}

function spawnImportWorker(resourceLimits: ResourceLimits): Worker {
  return process.env.NEXT_RUNTIME
    ? new Worker(new URL('./import-worker.bundle.mjs', import.meta.url), { resourceLimits })
    : workerFromSource(import.meta.url.replace(/off-thread\.ts$/, 'import-worker.ts'), resourceLimits);
}

async function answerCall(payload: unknown): Promise<unknown> {
  const { storeId, hash, bytes } = payload as StoreImageCall;
  const store = stores.get(storeId);
  if (!store) throw new Error('the import that asked for this image has ended');
  return store(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), hash);
}

/** A post the budget refused, in the words of its report. */
export function tooComplexToConvert(outcome: Exclude<JobOutcome<unknown>, { kind: 'done' }>, timeoutMs: number): string {
  const reason =
    outcome.kind === 'time'
      ? `converting it took more than ${timeoutMs / 1000} s of processor time`
      : outcome.kind === 'memory'
        ? `converting it needed more than ${IMPORT_MEMORY_BUDGET_MB} MB of memory`
        : `the converter stopped (${outcome.reason})`;
  return `this post is too complex to convert: ${reason}; simplify it (deeply nested HTML or a very large table) or convert it by hand`;
}

export interface OffThreadOptions {
  /** Whether the gate also renders the HTML (the command line, like content:check). */
  render: boolean;
  /** Per post; POST_TIME_BUDGET_MS by default. */
  timeoutMs?: number;
}

/**
 * Stores images one at a time, so that two posts sharing a photo never race
 * to store it twice, and each distinct image (by the hash of its bytes, which
 * the worker computes) once per import: posts of one site share photos, and
 * re-encoding is the costly part.
 */
function oneAtATime(store: ImageStore): (bytes: Buffer, hash: string) => Promise<StoredImage> {
  let last: Promise<unknown> = Promise.resolve();
  const done = new Map<string, Promise<StoredImage>>();
  return (bytes, hash) => {
    const known = done.get(hash);
    if (known) return known;
    const next = last.then(() => store(bytes));
    last = next.catch(() => undefined);
    done.set(hash, next);
    return next;
  };
}

/**
 * Opens an import: converts its posts in the import workers, with `store`
 * answering their images. Call `close()` when the import ends (its store is
 * forgotten). lib/import/run.ts only.
 */
export function openConverter(options: OffThreadOptions, store?: ImageStore) {
  const timeoutMs = options.timeoutMs ?? POST_TIME_BUDGET_MS;
  const storeId = store ? nextStore++ : undefined;
  if (store && storeId !== undefined) stores.set(storeId, oneAtATime(store));
  return {
    /** The converted post, or why it could not be converted (over budget, or the converter threw). */
    async convert(source: PostSource, site: SiteDefaults): Promise<ConvertedPost | { failed: string }> {
      const { images, ...rest } = source;
      const { gate, sharedDescriptions, ...defaults } = site;
      void gate; // the workers run the gate themselves, as `render` says
      const outcome = await pool().enqueue(
        {
          kind: 'convert',
          source: { ...rest, ...(images ? { images: { context: images.context, storeId } } : {}) },
          site: { ...defaults, sharedDescriptions: [...(sharedDescriptions ?? [])] },
          render: options.render,
        },
        timeoutMs,
      );
      if (outcome.kind !== 'done') return { failed: refusal(outcome, timeoutMs) };
      const result = outcome.reply.result;
      if (result.kind === 'convert') return hydrate(result.post);
      return { failed: `the importer could not convert this post: ${result.kind === 'error' ? result.message : 'no answer'}` };
    },
    /** The descriptions more than one post carries word for word (none if the worker could not tell). */
    async sharedDescriptions(texts: string[]): Promise<Set<string>> {
      const outcome = await pool().enqueue({ kind: 'descriptions', texts }, UNZIP_TIME_BUDGET_MS);
      if (outcome.kind === 'done' && outcome.reply.result.kind === 'descriptions') return new Set(outcome.reply.result.shared);
      if (outcome.kind !== 'done') refusal(outcome, UNZIP_TIME_BUDGET_MS);
      return new Set();
    },
    /** The gate on a converted file again, in a worker (the translation key changes the front matter). */
    async gate(text: string): Promise<{ ok: boolean; problems: string[] }> {
      const outcome = await pool().enqueue({ kind: 'gate', text, render: options.render }, timeoutMs);
      if (outcome.kind !== 'done') return { ok: false, problems: [refusal(outcome, timeoutMs)] };
      const result = outcome.reply.result;
      if (result.kind === 'gate') return { ok: result.ok, problems: result.problems };
      return { ok: false, problems: [`the check failed: ${result.kind === 'error' ? result.message : 'no answer'}`] };
    },
    close() {
      if (storeId !== undefined) stores.delete(storeId);
    },
  };
}

function refusal(outcome: Exclude<JobOutcome<ImportReply>, { kind: 'done' }>, timeoutMs: number): string {
  if (outcome.kind === 'crashed') console.error(`[import] import worker stopped: ${outcome.reason}`);
  return tooComplexToConvert(outcome, timeoutMs);
}

/** The converted post as run.ts and the writers use it: a report builder and `build` again. */
function hydrate(data: Extract<ImportResult, { kind: 'convert' }>['post']): ConvertedPost {
  const report = new ReportBuilder(data.report.file);
  report.fields.push(...data.report.fields);
  report.review.push(...data.report.review);
  report.talks.push(...data.report.talks);
  const post: ConvertedPost = {
    ...data,
    report,
    build: (outcome, problems = post.problems) => report.build({ slug: post.slug, locale: post.locale, outcome, problems }),
  };
  return post;
}

/**
 * `unpackZip` (zip.ts) in an import worker, within UNZIP_TIME_BUDGET_MS: an
 * uploaded archive is inflated off the request thread. The archive's buffer
 * is moved to the worker (the caller's copy is emptied). lib/import/admin.ts.
 */
export async function unpackZipOffThread(
  archive: Uint8Array,
  limits = ZIP_LIMITS,
  { keep, timeoutMs = UNZIP_TIME_BUDGET_MS }: { keep?: RegExp; timeoutMs?: number } = {},
): Promise<ZipResult> {
  // Size first, here: an archive over the limit is not worth a copy.
  if (archive.byteLength > limits.archiveBytes) return { ok: false, error: `the archive is over the upload limit (${limits.archiveBytes} bytes)` };
  const owned = archive.byteOffset === 0 && archive.byteLength === archive.buffer.byteLength ? archive : archive.slice();
  // The folder is made here, so that it is removed even when the worker is stopped halfway.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-import-'));
  const outcome = await pool().enqueue({ kind: 'unzip', archive: owned, limits, dir, keep }, timeoutMs, [owned.buffer as ArrayBuffer]);
  if (outcome.kind === 'done' && outcome.reply.result.kind === 'unzip' && outcome.reply.result.zip.ok) return outcome.reply.result.zip;
  fs.rmSync(dir, { recursive: true, force: true });
  if (outcome.kind === 'done' && outcome.reply.result.kind === 'unzip') return outcome.reply.result.zip;
  if (outcome.kind === 'done')
    return { ok: false, error: `the archive could not be read: ${outcome.reply.result.kind === 'error' ? outcome.reply.result.message : 'no answer'}` };
  if (outcome.kind === 'crashed') console.error(`[import] import worker stopped: ${outcome.reason}`);
  const reason =
    outcome.kind === 'time'
      ? `unpacking it took more than ${timeoutMs / 1000} s`
      : outcome.kind === 'memory'
        ? `unpacking it needed more than ${IMPORT_MEMORY_BUDGET_MB} MB of memory`
        : 'the unpacker stopped';
  return { ok: false, error: `the archive could not be unpacked: ${reason}` };
}

/** How many workers run and jobs wait (tests, benchmarks). */
export function importPoolStats(): ReturnType<ImportPool['stats']> {
  return pool().stats();
}

/** Stops the import workers (tests, scripts that want to exit at once); the next import starts new ones. */
export async function closeImportPool(): Promise<void> {
  const state = shared();
  const current = state.pool;
  state.pool = undefined;
  await current?.close();
}
