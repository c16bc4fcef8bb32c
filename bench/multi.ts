/**
 * Multi-instance benchmark (`npx tsx bench/multi.ts`): two `next start`
 * instances on one PostgreSQL database and one Redis (e2e/multi/support/cluster.ts),
 * 200 concurrent readers (100 per instance, autocannon) for at least 30 s, and
 * until the last publish has been seen on both instances, across the
 * recap pages, while an organizer publishes 10 recaps on instance A, one every
 * 3 s (the "Publish now" server action, as the editor's button sends it).
 * Reports requests per second, p99, errors and 5xx, and for every publish how
 * long until both instances serve it. Targets: zero 5xx, every publish visible
 * on both instances within one second.
 *
 * Needs a production build in .next (`npm run build`; BENCH_MULTI_DIST_DIR for
 * another), PostgreSQL and Redis (MULTI_PG_URL, MULTI_REDIS_URL). Writes the
 * "multi" key of bench/results.json.
 * Env: BENCH_MULTI_DURATION (30 s), BENCH_MULTI_CONNECTIONS (200, split over the instances),
 *      BENCH_MULTI_PUBLISHES (10).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon, { type Options, type Result } from 'autocannon';
import { chromium } from '@playwright/test';
import { adminQuery, ADMIN, startCluster, type Cluster, type Instance } from '../e2e/multi/support/cluster';
import { createDraftUi, fillRequiredFields, signInUi, waitSaved } from '../e2e/support/admin';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const DEFAULT_DURATION = num('BENCH_MULTI_DURATION', 30);
const DEFAULT_CONNECTIONS = num('BENCH_MULTI_CONNECTIONS', 200);
const DEFAULT_PUBLISHES = num('BENCH_MULTI_PUBLISHES', 10);
const DIST_DIR = process.env.BENCH_MULTI_DIST_DIR ?? '.next';
const log = (msg: string) => console.log(`[bench:multi] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** autocannon with the options and counters that bench/lib/autocannon.d.ts leaves out. */
type LoadResult = Result & { '5xx': number };
type LoadOptions = Options & { requests: Array<{ path: string }> };
const withCallback = autocannon as unknown as (options: LoadOptions, done: (error: Error | null, result: LoadResult) => void) => { stop(): void };

/** Readers that run until stop(): the load must last until the last publish has been seen, however long publishing takes under it. */
function startReaders(options: LoadOptions): { result: Promise<LoadResult>; stop(): void } {
  let tracker: { stop(): void } | undefined;
  const result = new Promise<LoadResult>((resolve, reject) => {
    tracker = withCallback(options, (error, res) => (error ? reject(error) : resolve(res)));
  });
  return { result, stop: () => tracker?.stop() };
}

interface Draft {
  id: number;
  slug: string;
  title: string;
}

export interface MultiOptions {
  distDir?: string;
  basePort?: number;
  /** A seeded database to copy for the run (bench/scale.ts); default: an empty one. */
  template?: string;
  /** Paths the readers request; default: every recap, speaker and tag page in the sitemap. */
  paths?: string[];
  connections?: number;
  durationSec?: number;
  publishes?: number;
}

export type MultiSection = Awaited<ReturnType<typeof runMultiBench>>;

/** Runs the two-instance bench and returns its figures (main() writes them as the "multi" key; bench/scale.ts under its own). */
export async function runMultiBench(options: MultiOptions = {}) {
  const DURATION = options.durationSec ?? DEFAULT_DURATION;
  const CONNECTIONS = options.connections ?? DEFAULT_CONNECTIONS;
  const PUBLISHES = options.publishes ?? DEFAULT_PUBLISHES;
  const distDir = options.distDir ?? DIST_DIR;
  const cluster = await startCluster({ distDir, basePort: options.basePort ?? 3470, template: options.template });
  try {
    const [a, b] = cluster.instances;
    log(`instances ${a.url} and ${b.url}, database ${cluster.database}`);
    const { cookie, drafts } = await prepareDrafts(cluster, a, PUBLISHES);
    const paths = options.paths ?? (await recapPaths(a));
    log(`${paths.length} paths under load, ${drafts.length} drafts to publish`);
    for (const p of paths) for (const i of [a, b]) await (await fetch(i.url + p)).arrayBuffer(); // warm the shared cache

    const actionId = publishActionId(distDir);
    // The readers run for at least DURATION seconds and until the last publish has been
    // seen on both instances: every publish happens under the full load.
    const readers = [a, b].map((i) =>
      startReaders({ url: i.url, connections: Math.round(CONNECTIONS / 2), duration: DURATION * 10, timeout: 10, requests: paths.map((p) => ({ path: p })) }),
    );
    const loadStart = performance.now();
    const visibility: Array<{ slug: string; actionMs: number; visibleMs: Record<string, number | null> }> = [];
    const gap = (DURATION * 1000) / (PUBLISHES + 1);
    for (const [n, draft] of drafts.entries()) {
      // On a fixed schedule from the start of the load; a publish slower than the gap delays only the next one.
      await sleep(Math.max(0, loadStart + (n + 1) * gap - performance.now()));
      const t0 = performance.now();
      const res = await fetch(`${a.url}/admin/recaps/${draft.id}`, {
        method: 'POST',
        headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: a.url, cookie },
        body: JSON.stringify([draft.id]),
      });
      const body = await res.text();
      if (res.status !== 200 || !body.includes('Published.')) throw new Error(`publish ${draft.slug}: HTTP ${res.status} ${body.slice(0, 300)}`);
      const actionMs = Math.round(performance.now() - t0);
      const done = performance.now();
      const visibleMs = Object.fromEntries(await Promise.all([a, b].map(async (i) => [i.name, await visibleAfter(i, draft, done)] as const)));
      visibility.push({ slug: draft.slug, actionMs, visibleMs });
      log(`published ${draft.slug} (action ${actionMs} ms): visible on A after ${visibleMs.a} ms, on B after ${visibleMs.b} ms`);
    }
    await sleep(Math.max(0, loadStart + DURATION * 1000 - performance.now()));
    for (const r of readers) r.stop();
    const results = await Promise.all(readers.map((r) => r.result));
    const loadSec = Math.round((performance.now() - loadStart) / 100) / 10;

    const total = (key: 'errors' | 'timeouts' | 'non2xx' | '5xx') => results.reduce((n, r) => n + Number(r[key] ?? 0), 0);
    const rps = Math.round(results.reduce((n, r) => n + r.requests.average, 0));
    const p99Ms = Math.max(...results.map((r) => r.latency.p99));
    const worstVisibleMs = Math.max(...visibility.flatMap((v) => Object.values(v.visibleMs).map((ms) => ms ?? Infinity)));
    const section = {
      date: new Date().toISOString(),
      instances: 2,
      connections: CONNECTIONS,
      durationSec: loadSec,
      paths: paths.length,
      rps,
      p99Ms,
      perInstance: results.map((r, n) => ({
        instance: [a, b][n].name,
        rps: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        requests: r.requests.total,
      })),
      errors: total('errors'),
      timeouts: total('timeouts'),
      non2xx: total('non2xx'),
      status5xx: total('5xx'),
      publishes: visibility,
      worstVisibleMs,
      publishActionMs: { median: median(visibility.map((v) => v.actionMs)), max: Math.max(...visibility.map((v) => v.actionMs)) },
      pass: { zero5xx: total('5xx') === 0 && total('errors') === 0, visibleWithin1s: worstVisibleMs <= 1000 },
    };
    log(`readers ran ${loadSec} s (at least ${DURATION} s, until the last publish was seen)`);
    log(
      `${rps} req/s over both instances, p99 ${p99Ms} ms, ${section.errors} errors, ${section.timeouts} timeouts, ${section.status5xx} × 5xx, ${section.non2xx} non-2xx`,
    );
    log(`publish visible on both instances within ${worstVisibleMs} ms (worst of ${visibility.length})`);
    log(`targets: zero 5xx ${section.pass.zero5xx ? 'PASS' : 'FAIL'}, visible within 1 s ${section.pass.visibleWithin1s ? 'PASS' : 'FAIL'}`);
    return section;
  } finally {
    await cluster.stop();
  }
}

async function main() {
  const section = await runMultiBench();
  writeResults(section);
  if (!section.pass.zero5xx || !section.pass.visibleWithin1s) process.exitCode = 1;
}

/** One draft made through the editor (so it is valid to publish), then copies of it in SQL; and the admin's session cookie. */
async function prepareDrafts(cluster: Cluster, a: Instance, publishes: number): Promise<{ cookie: string; drafts: Draft[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ baseURL: a.url });
    const page = await context.newPage();
    // Straight to the new-draft form: the admin list is not what this measures (and lists every recap).
    await signInUi(page, ADMIN.email, ADMIN.password, '/signin?callbackUrl=%2Fadmin%2Frecaps%2Fnew');
    const stamp = Date.now().toString(36);
    const firstId = await createDraftUi(page, `Bench Meetup ${stamp} 1`, `bench-${stamp}-1`, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await fillRequiredFields(page, { city: 'Lyon', community: 'Lyon Platform', description: 'Published under load.', tags: 'bench' });
    await waitSaved(page);
    const session = (await context.cookies()).find((c) => c.name === 'next-auth.session-token');
    if (!session) throw new Error('no session cookie');
    const drafts: Draft[] = [{ id: firstId, slug: `bench-${stamp}-1`, title: `Bench Meetup ${stamp} 1` }];
    for (let n = 2; n <= publishes; n++) {
      const slug = `bench-${stamp}-${n}`;
      const title = `Bench Meetup ${stamp} ${n}`;
      const { rows } = await adminQuery(
        `insert into recaps (slug, front_matter, body, status, version, created_by, updated_by, created_at, updated_at)
         select $1, (front_matter::jsonb || jsonb_build_object('title', $2::text))::text, body, 'draft', 1, created_by, updated_by, created_at, updated_at
         from recaps where id = $3 returning id`,
        [slug, title, firstId],
        cluster.databaseUrl,
      );
      drafts.push({ id: rows[0].id as number, slug, title });
    }
    return { cookie: `next-auth.session-token=${session.value}`, drafts: drafts.slice(0, publishes) };
  } finally {
    await browser.close();
  }
}

/** Home, lists, and every recap, speaker and tag page in the sitemap (an index of files). */
async function recapPaths(a: Instance): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const files = locs(await (await fetch(`${a.url}/sitemap.xml`)).text());
  const fromSitemap = (await Promise.all(files.map(async (file) => locs(await (await fetch(`${a.url}${file}`)).text())))).flat();
  return [...new Set(['/', '/recaps', '/speakers', '/tags', ...fromSitemap])].filter((p) => /^\/(recaps|speakers|tags)?(\/|$)/.test(p));
}

async function visibleAfter(i: Instance, draft: Draft, since: number, timeoutMs = 5000): Promise<number | null> {
  for (;;) {
    const res = await fetch(`${i.url}/recaps/${draft.slug}`);
    const html = await res.text();
    if (res.status === 200 && html.includes(draft.title)) return Math.round(performance.now() - since);
    if (performance.now() - since > timeoutMs) return null;
    await sleep(20);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

function publishActionId(distDir: string): string {
  const manifestPath = path.join(process.env.MULTI_APP_ROOT ?? path.resolve(import.meta.dirname, '..'), distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, e]) => e.filename?.endsWith('admin/recaps/[id]/status-actions.ts') && e.exportedName === 'publishAction',
  );
  if (!entry) throw new Error(`publishAction not found in ${manifestPath}`);
  return entry[0];
}

function writeResults(section: unknown) {
  const file = path.resolve(import.meta.dirname, 'results.json');
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  all.multi = section;
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`[bench:multi] failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
