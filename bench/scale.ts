/**
 * Scale benchmark (`npm run bench:scale`): the portal with 1,000, 10,000 and
 * 100,000 published recaps (about 4 talks each, 0.6 distinct speakers per
 * recap, 300 tags, ten years of events), generated straight into the
 * database by bench/scale/seed.ts (kept between runs while the generator is
 * unchanged). For each database and size, one `next start` on a fresh copy
 * of the build and of the database (page cache empty, no Redis):
 *   - time from process start to the first page (`/` answering 200);
 *   - resident memory (server process and children) after start, and after
 *     serving 10,000 distinct pages (recaps, speakers, tags, filtered
 *     listings; 8 in flight);
 *   - p95 of uncached pages: recap, speaker, tag, filtered listing, each a
 *     distinct URL requested for the first time on this instance, one at a
 *     time (uncached = never requested before: no page-cache entry, no
 *     compiled body in memory; the process itself is warm);
 *   - search p95 (`/api/search`, over HTTP, one at a time);
 *   - the sitemap: the index `/sitemap.xml` and each of its files (the largest counts).
 * And on PostgreSQL, publish → visible on two instances under 200 readers
 * (bench/multi.ts on a copy of the seeded database, PostgreSQL + Redis).
 * Writes the "scale" key of bench/results.json.
 *
 * Needs a production build (`npm run build`; BENCH_SCALE_DIST_DIR, default .next).
 * Env: BENCH_SCALE_RUNS ("sqlite:1000,postgres:1000,sqlite:10000,postgres:100000"),
 *      BENCH_SCALE_MULTI ("postgres:1000,postgres:100000"; "" for none),
 *      BENCH_SCALE_PROBES (200 per kind), BENCH_SCALE_LOAD_PAGES (10000), BENCH_SCALE_CONCURRENCY (8),
 *      BENCH_SCALE_QUERIES (300), BENCH_SCALE_START_TIMEOUT_S (180), BENCH_SCALE_PG_URL (postgres://postgres@127.0.0.1:5432/postgres).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runMultiBench } from './multi';
import { installCleanup, stopAll } from './lib/procs';
import { formatTable, machineInfo, RESULTS_FILE, writeResults } from './lib/results';
import { BENCH_TMP, PROJECT_ROOT } from './lib/server';
import { loadAverage } from './lib/stats';
import { settle, startInstance } from './scale/instance';
import { concurrent, latency, sequential, type LatencyStats } from './scale/requests';
import { PG_SERVER_URL, defaultTarget, seedScale, type Dialect, type SeedResult } from './scale/seed';
import { copyDatabase } from './scale/run-database';
import { planPages, searchQueries, type PageKind } from './scale/urls';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const runsOf = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [dialect, count] = s.split(':');
      if ((dialect !== 'sqlite' && dialect !== 'postgres') || !(Number(count) > 0)) throw new Error(`bad run "${s}": write <sqlite|postgres>:<count>`);
      return { dialect: dialect as Dialect, count: Number(count) };
    });
const RUNS = runsOf(process.env.BENCH_SCALE_RUNS ?? 'sqlite:1000,postgres:1000,sqlite:10000,postgres:100000');
const MULTI = runsOf(process.env.BENCH_SCALE_MULTI ?? 'postgres:1000,postgres:100000');
const PROBES = num('BENCH_SCALE_PROBES', 200);
const LOAD_PAGES = num('BENCH_SCALE_LOAD_PAGES', 10_000);
const CONCURRENCY = num('BENCH_SCALE_CONCURRENCY', 8);
const QUERIES = num('BENCH_SCALE_QUERIES', 300);
const START_TIMEOUT_MS = num('BENCH_SCALE_START_TIMEOUT_S', 180) * 1000;
const DIST_DIR = process.env.BENCH_SCALE_DIST_DIR || '.next';
const PORT = 3400;
export const SCALE_TARGETS = { rssMb: 1024, firstPageMs: 10_000, uncachedP95Ms: 100, searchP95Ms: 50, publishVisibleMs: 1000 };
const log = (msg: string) => console.log(`[bench:scale] ${msg}`);

const METHOD = [
  'Data: bench/scale/seed.ts writes N published recaps (2–6 talks, mean 4; 1–2 speakers per talk, new speaker with probability 0.13 per slot, else a past slot repeated: Zipf-like reuse, ~0.6 distinct speakers per recap; Chinese and Latin names; 300 tags, skewed; 40 cities; event dates 2017–2026; bodies of ~2.8 KB from 6 templates of <Talk>, <Figure>, <Gallery>, <Callout>, lists, quotes, links, code) straight into the database with bulk inserts: the recaps rows as a publish leaves them, the search index (lib/search documentsOf) and the public read model. Talks and search text are derived without compiling each body; the first 24 recaps are compiled with the real pipeline and must match.',
  'Instance: `next start` of the production build on a fresh copy of the build (empty page cache) and of the seeded database (SQLite file copy, PostgreSQL CREATE DATABASE … TEMPLATE), no Redis; the 7 git-managed recaps of content/ too.',
  'First page: from spawning the process to the first 200 of `/` (polled every 100 ms). RSS: VmRSS of the server and its children, after start = once start-up work has settled (< 5% of a core over 1 s); after load = after 10,000 distinct pages.',
  'Uncached p95: per kind, distinct URLs never requested before on this instance, one request at a time (no page-cache entry, no compiled body in memory; process warm from the first page). Filtered listings (/recaps?tag=&year=&city=) are rendered per request anyway.',
  'Search: /api/search over HTTP, a fixed mix of words, prefixes, Chinese terms, speaker names, two-word and missing terms, one at a time after 20 warm-up queries. Sitemap: /sitemap.xml (the index) and each of its files, one at a time; the figure is the largest file (50,000 URLs at most).',
  'Publish → visible: bench/multi.ts (two instances, PostgreSQL + Redis, 200 readers over recap, speaker, tag and listing pages, 10 publishes one every ~3 s) on a copy of the seeded database.',
  'The machine is shared (2 cores, other engineers building and testing): the load average is recorded with each run.',
].join(' ');

interface RunResult {
  dialect: Dialect;
  recaps: number;
  data: Omit<SeedResult, 'sample' | 'env' | 'target'>;
  databaseCopyMs: number;
  firstPageMs: number;
  settleMs: number;
  rssMb: { atFirstPage: number; afterStart: number; peakDuringLoad: number; afterLoad: number };
  uncached: Record<PageKind, LatencyStats>;
  search: LatencyStats;
  sitemap: {
    indexMs: number;
    indexUrls: number;
    isIndex: boolean;
    fileMs: number | null;
    fileUrls: number | null;
    fileBytes: number | null;
    files: Array<{ path: string; ms: number; urls: number; bytes: number }>;
  };
  load: { pages: number; mix: Record<PageKind, number>; concurrency: number; durationSec: number; latency: LatencyStats };
  loadAverage: { before: number; after: number };
  pass: Record<string, boolean>;
  at: string;
}

async function measureRun(dialect: Dialect, count: number): Promise<RunResult> {
  const seed = await seedScale(defaultTarget(dialect, count));
  const key = `${dialect}-${count}`;
  const loadBefore = loadAverage();
  const copy = await copyDatabase(seed.target, `run_${count}`);
  try {
    log(`${key}: database copied in ${(copy.ms / 1000).toFixed(1)} s; starting next…`);
    const inst = await startInstance({ name: key, distDir: DIST_DIR, port: PORT, env: copy.env, firstPageTimeoutMs: START_TIMEOUT_MS });
    try {
      const atFirstPage = inst.rssMb();
      log(`${key}: first page ${inst.firstPageMs} ms after start (RSS ${atFirstPage} MB)`);
      const settleMs = await settle(inst);
      const afterStart = inst.rssMb();
      log(`${key}: settled after ${settleMs} ms, RSS ${afterStart} MB`);

      const plan = planPages(seed.sample, PROBES, LOAD_PAGES);
      const uncached = {} as Record<PageKind, LatencyStats>;
      for (const kind of ['recap', 'speaker', 'tag', 'filtered'] as const) {
        uncached[kind] = latency(await sequential(inst.url, plan.probes[kind]));
        log(`${key}: uncached ${kind} pages: ${fmtLatency(uncached[kind])}`);
      }

      const queries = searchQueries(seed.sample, QUERIES + 20).map((q) => `/api/search?q=${encodeURIComponent(q)}`);
      await sequential(inst.url, queries.slice(0, 20));
      const search = latency(await sequential(inst.url, queries.slice(20)));
      log(`${key}: search: ${fmtLatency(search)}`);

      const sitemap = await measureSitemap(inst.url);
      log(
        `${key}: sitemap ${sitemap.isIndex ? 'index' : 'file'} ${sitemap.indexMs} ms (${sitemap.indexUrls} URLs)${sitemap.files.map((f) => `; ${f.path} ${f.ms} ms (${f.urls} URLs)`).join('')}`,
      );

      let peak = inst.rssMb();
      const sampler = setInterval(() => (peak = Math.max(peak, inst.rssMb())), 1000);
      const t0 = performance.now();
      const served = await concurrent(inst.url, plan.load, CONCURRENCY, (done) => log(`${key}: ${done}/${plan.load.length} pages (RSS ${inst.rssMb()} MB)`));
      clearInterval(sampler);
      const durationSec = Math.round((performance.now() - t0) / 100) / 10;
      const afterLoad = inst.rssMb();
      peak = Math.max(peak, afterLoad);
      const loadLatency = latency(served);
      log(`${key}: ${served.length} distinct pages in ${durationSec} s (${fmtLatency(loadLatency)}); RSS ${afterLoad} MB (peak ${peak})`);

      const rssMb = { atFirstPage, afterStart, peakDuringLoad: peak, afterLoad };
      const worstUncached = Math.max(...Object.values(uncached).map((s) => s.p95));
      const { sample: _sample, env: _env, target: _target, ...data } = seed;
      void _sample;
      void _env;
      void _target;
      return {
        dialect,
        recaps: count,
        data,
        databaseCopyMs: copy.ms,
        firstPageMs: inst.firstPageMs,
        settleMs,
        rssMb,
        uncached,
        search,
        sitemap,
        load: { pages: served.length, mix: plan.loadMix, concurrency: CONCURRENCY, durationSec, latency: loadLatency },
        loadAverage: { before: loadBefore, after: loadAverage() },
        pass: {
          rss: Math.max(afterStart, afterLoad, peak) < SCALE_TARGETS.rssMb,
          firstPage: inst.firstPageMs <= SCALE_TARGETS.firstPageMs,
          uncachedP95: worstUncached < SCALE_TARGETS.uncachedP95Ms && Object.values(uncached).every((s) => Object.keys(s.failures).length === 0),
          searchP95: search.p95 < SCALE_TARGETS.searchP95Ms && Object.keys(search.failures).length === 0,
          loadWithoutErrors: Object.keys(loadLatency.failures).length === 0,
        },
        at: new Date().toISOString(),
      };
    } finally {
      await inst.stop();
    }
  } finally {
    await copy.drop();
  }
}

async function measureSitemap(base: string): Promise<RunResult['sitemap']> {
  const locs = async (p: string) => {
    const t0 = performance.now();
    const res = await fetch(base + p, { signal: AbortSignal.timeout(120_000) });
    const xml = await res.text();
    if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    return { ms: Math.round(performance.now() - t0), xml, urls: [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]), bytes: Buffer.byteLength(xml) };
  };
  const index = await locs('/sitemap.xml');
  const isIndex = index.xml.includes('<sitemapindex');
  if (!isIndex) return { indexMs: index.ms, indexUrls: index.urls.length, isIndex, fileMs: null, fileUrls: null, fileBytes: null, files: [] };
  // Every file, one after the other; the figure is the largest (50,000 URLs once there are that many pages of a kind).
  const files = [];
  for (const url of index.urls) {
    const f = await locs(new URL(url).pathname);
    files.push({ path: new URL(url).pathname, ms: f.ms, urls: f.urls.length, bytes: f.bytes });
  }
  const largest = files.reduce((a, b) => (b.urls > a.urls || (b.urls === a.urls && b.ms > a.ms) ? b : a));
  return { indexMs: index.ms, indexUrls: index.urls.length, isIndex, fileMs: largest.ms, fileUrls: largest.urls, fileBytes: largest.bytes, files };
}

const fmtLatency = (s: LatencyStats) =>
  `n ${s.n}, p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms${Object.keys(s.failures).length ? `, not 200: ${JSON.stringify(s.failures)}` : ''}`;

async function measureMulti(count: number) {
  const seed = await seedScale(defaultTarget('postgres', count));
  const plan = planPages(seed.sample, 60, 0);
  const paths = ['/', '/recaps', '/speakers', '/tags', ...plan.probes.recap, ...plan.probes.speaker, ...plan.probes.tag];
  log(`postgres-${count}: publish → visible on two instances (bench/multi.ts on a copy of ${seed.target.name})…`);
  const section = await runMultiBench({ distDir: DIST_DIR, basePort: 3440, template: seed.target.name, paths });
  return { recaps: count, loadAverage: loadAverage(), ...section };
}

function previous(): { runs: Record<string, unknown>; multi: Record<string, unknown> } {
  try {
    const all = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as { scale?: { runs?: Record<string, unknown>; multi?: Record<string, unknown> } };
    return { runs: all.scale?.runs ?? {}, multi: all.scale?.multi ?? {} };
  } catch {
    return { runs: {}, multi: {} };
  }
}

/** Writes one run's figures, keeping every other run already in the file (runs may be measured one at a time, or concurrently). */
function save(part: 'runs' | 'multi', key: string, value: unknown) {
  const { runs, multi } = previous();
  (part === 'runs' ? runs : multi)[key] = value;
  writeResults('scale', {
    method: METHOD,
    targets: SCALE_TARGETS,
    machine: machineInfo(),
    pgServer: PG_SERVER_URL.replace(/\/\/[^@]*@/, '//'),
    distDir: DIST_DIR,
    runs,
    multi,
    at: new Date().toISOString(),
  });
}

async function main() {
  installCleanup();
  if (!fs.existsSync(path.join(PROJECT_ROOT, DIST_DIR, 'BUILD_ID'))) throw new Error(`no production build in ${DIST_DIR}: run \`npm run build\` first`);
  fs.mkdirSync(path.join(BENCH_TMP, 'scale'), { recursive: true });
  for (const { dialect, count } of RUNS) {
    const key = `${dialect}-${count}`;
    try {
      save('runs', key, await measureRun(dialect, count));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${key}: FAILED: ${message}`);
      save('runs', key, { dialect, recaps: count, failed: message, loadAverage: loadAverage(), at: new Date().toISOString() });
      process.exitCode = 1;
    }
  }
  for (const { dialect, count } of MULTI) {
    const key = `${dialect}-${count}`;
    if (dialect !== 'postgres') throw new Error('the two-instance run needs PostgreSQL');
    try {
      save('multi', key, await measureMulti(count));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`multi ${key}: FAILED: ${message}`);
      save('multi', key, { recaps: count, failed: message, at: new Date().toISOString() });
      process.exitCode = 1;
    }
  }
  const { runs, multi } = previous();
  printSummary(runs, multi);
}

function printSummary(runs: Record<string, unknown>, multi: Record<string, unknown>) {
  const cell = (v: number | null | undefined, unit: string, ok?: boolean) => (v === undefined || v === null ? 'n/a' : `${v}${unit}${ok === false ? ' ✗' : ''}`);
  const rows: string[][] = [
    ['run', 'first page', 'RSS start', 'RSS 10k pages', 'recap p95', 'speaker p95', 'tag p95', 'filtered p95', 'search p95', 'sitemap', 'publish→visible'],
  ];
  const keys = [...new Set([...Object.keys(runs), ...Object.keys(multi)])];
  for (const key of keys) {
    const r = runs[key] as RunResult | { failed: string } | undefined;
    const m = multi[key] as { worstVisibleMs?: number; failed?: string } | undefined;
    const visible = m?.failed
      ? 'failed'
      : cell(m?.worstVisibleMs, ' ms', m?.worstVisibleMs === undefined ? undefined : m.worstVisibleMs <= SCALE_TARGETS.publishVisibleMs);
    if (!r || 'failed' in r) {
      rows.push([key, r ? `failed: ${r.failed.slice(0, 60)}` : '', '', '', '', '', '', '', '', '', visible]);
      continue;
    }
    const u = (k: PageKind) => cell(r.uncached[k].p95, ' ms', r.uncached[k].p95 < SCALE_TARGETS.uncachedP95Ms);
    const largest = r.sitemap.fileMs ?? (r.sitemap.files?.length ? Math.max(...r.sitemap.files.map((f) => f.ms)) : null);
    const sm = largest !== null ? `${r.sitemap.indexMs} + ${largest} ms` : `${r.sitemap.indexMs} ms`;
    rows.push([
      key,
      cell(r.firstPageMs, ' ms', r.pass.firstPage),
      cell(r.rssMb.afterStart, ' MB', r.rssMb.afterStart < SCALE_TARGETS.rssMb),
      cell(r.rssMb.afterLoad, ' MB', r.rssMb.afterLoad < SCALE_TARGETS.rssMb),
      u('recap'),
      u('speaker'),
      u('tag'),
      u('filtered'),
      cell(r.search.p95, ' ms', r.pass.searchP95),
      sm,
      visible,
    ]);
  }
  console.log(`\nScale benchmark (targets: RSS < 1 GB, first page ≤ 10 s, uncached p95 < 100 ms, search p95 < 50 ms, publish → visible ≤ 1 s; ✗ = missed)\n`);
  console.log(formatTable(rows));
  console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)} ("scale").`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  async (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    await stopAll();
    process.exit(1);
  },
);
