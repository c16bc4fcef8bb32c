/**
 * `npm run bench`: portal benchmark.
 *   1. generates synthetic recaps (1,000 and 10) under bench/tmp/
 *   2. times the full build (content:check + next build) with each set
 *   3. `next start` with the 1,000 set vs nginx serving the same HTML, autocannon 50 conns × 10 s
 *   4. first-load JS (gzip -9) of the recap page
 *   5. writes the "portal" section of bench/results.json and prints a summary
 * Builds go to .next-bench (NEXT_DIST_DIR) with a throwaway SQLite database in
 * bench/tmp/data; the app's .next is not touched.
 * Env: BENCH_RECAPS (1000), BENCH_SMALL (10), BENCH_DURATION (10 s), BENCH_CONNECTIONS (50),
 *      BENCH_BUILD_ROUNDS (2: fastest build of each set counts), BENCH_LOAD_ROUNDS (3: median counts),
 *      BENCH_SKIP_BUILD=1 (reuse the .next-bench already built from bench/tmp/content-large).
 */
import fs from 'node:fs';
import path from 'node:path';
import { timeBuild, type BuildTiming } from './lib/build';
import { firstLoadJs } from './lib/first-load';
import { generateRecaps } from './lib/generate';
import { measure, round, type LoadResult } from './lib/load';
import { ensureNginx, startNginx, type NginxServer } from './lib/nginx';
import { installCleanup, stopAll } from './lib/procs';
import { machineInfo, writeResults } from './lib/results';
import { BENCH_TMP, benchEnv, findFreePort, startNext } from './lib/server';
import { fastest, loadAverage, median } from './lib/stats';
import { printSummary, TARGETS } from './lib/summary';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const LARGE = num('BENCH_RECAPS', 1000);
const SMALL = num('BENCH_SMALL', 10);
const DURATION = num('BENCH_DURATION', 10);
const CONNECTIONS = num('BENCH_CONNECTIONS', 50);
const BUILD_ROUNDS = num('BENCH_BUILD_ROUNDS', 2);
const LOAD_ROUNDS = num('BENCH_LOAD_ROUNDS', 3);
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
const log = (msg: string) => console.log(`[bench] ${msg}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const describe = (b: BuildTiming) =>
  `${secs(b.totalMs)} (content:check ${secs(b.contentCheckMs)}, next build ${secs(b.nextBuildMs)}: ${Object.entries(b.phases)
    .map(([k, v]) => `${k} ${secs(v)}`)
    .join(', ')}; load avg ${loadAverage()})`;

async function main() {
  installCleanup();
  fs.mkdirSync(BENCH_TMP, { recursive: true });
  fs.rmSync(path.join(BENCH_TMP, 'logs'), { recursive: true, force: true });
  if (!SKIP_BUILD) fs.rmSync(path.join(BENCH_TMP, 'data'), { recursive: true, force: true });

  // 1. Content.
  const small = generateRecaps(SMALL, path.join(BENCH_TMP, 'content-small'));
  const large = generateRecaps(LARGE, path.join(BENCH_TMP, 'content-large'));
  log(`generated ${SMALL} and ${LARGE} recaps (${large.totalTalks} talks, ${(large.totalBytes / 2 ** 20).toFixed(1)} MiB) in bench/tmp/`);

  // 2. Build times, alternating sets; the large set builds last so .next-bench serves it below.
  const smallRuns: BuildTiming[] = [];
  const largeRuns: BuildTiming[] = [];
  for (let r = 1; !SKIP_BUILD && r <= BUILD_ROUNDS; r++) {
    for (const [set, count, runs] of [
      [small, SMALL, smallRuns],
      [large, LARGE, largeRuns],
    ] as const) {
      log(`build ${r}/${BUILD_ROUNDS} with ${count} recaps… (log: bench/tmp/logs/build-${count}-${r}.log)`);
      runs.push(await timeBuild(set.contentDir, `${count}-${r}`));
      log(`  ${describe(runs[runs.length - 1])}`);
    }
  }
  if (SKIP_BUILD) log('BENCH_SKIP_BUILD=1: reusing the current .next-bench build');
  const buildSmall = smallRuns.length ? fastest(smallRuns, (b) => b.totalMs) : null;
  const buildLarge = largeRuns.length ? fastest(largeRuns, (b) => b.totalMs) : null;
  const growth = (pick: (b: BuildTiming) => number | undefined) => {
    const a = buildSmall && pick(buildSmall);
    const b = buildLarge && pick(buildLarge);
    return a != null && b != null ? round((b - a) / (LARGE - SMALL)) : null;
  };

  // 3. Servers. A mid-sized recap (5 talks if there is one) is the page under test.
  const recap = large.recaps.find((r) => r.talks === 5) ?? large.recaps[0];
  const pagePath = `/recaps/${recap.slug}`;
  const next = await startNext({ port: 3200, env: benchEnv(large.contentDir) });
  log(`next start on ${next.url} (log: ${path.relative(process.cwd(), next.logFile)})`);
  let html = '';
  let cacheHeader: string | null = null;
  for (let i = 0; i < 5; i++) {
    const res = await fetch(next.url + pagePath);
    html = await res.text();
    cacheHeader = res.headers.get('x-nextjs-cache');
    if (res.status !== 200) throw new Error(`GET ${pagePath}: HTTP ${res.status}`);
  }
  log(
    `warmed ${pagePath} (${recap.locale}, ${recap.talks} talks, ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML, x-nextjs-cache: ${cacheHeader ?? 'none'})`,
  );
  const nginxDir = path.join(BENCH_TMP, 'nginx');
  fs.rmSync(nginxDir, { recursive: true, force: true });
  const htmlFile = path.join(nginxDir, 'html', 'recap.html');
  fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
  fs.writeFileSync(htmlFile, html);

  // 4. First-load JS.
  const js = await firstLoadJs(next.url + pagePath);
  log(`first-load JS: ${js.scripts.length} scripts, ${js.rawKB} KB raw, ${js.gzipKB} KB gzip -9`);

  // 3b. nginx baseline, then the load runs: one target at a time, alternating, median of the rounds.
  let nginx: NginxServer | null = null;
  let nginxSkipped: string | null = null;
  const found = ensureNginx();
  if ('error' in found) nginxSkipped = found.error;
  else {
    const port = await findFreePort(next.port === 3201 ? 3202 : 3201);
    nginx = await startNginx(found.bin, nginxDir, port, htmlFile);
    const same = await (await fetch(nginx.url + pagePath)).text();
    if (same !== html) throw new Error('nginx does not serve the saved HTML');
    log(`nginx on ${nginx.url} serving the same ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML`);
  }
  if (nginxSkipped) log(`skipping the nginx baseline: ${nginxSkipped}`);

  const load = { connections: CONNECTIONS, durationSec: DURATION, warmupSec: 3 };
  const nextRuns: Array<LoadResult & { loadAvg: number }> = [];
  const nginxRuns: Array<LoadResult & { loadAvg: number }> = [];
  for (let r = 1; r <= LOAD_ROUNDS; r++) {
    const targets = [{ name: 'next', url: next.url, runs: nextRuns }];
    if (nginx) targets.push({ name: 'nginx', url: nginx.url, runs: nginxRuns });
    for (const t of targets) {
      const loadAvg = loadAverage();
      const res = await measure(t.url + pagePath, load);
      t.runs.push({ ...res, loadAvg });
      log(`round ${r}/${LOAD_ROUNDS} ${t.name}: ${res.rps} req/s, p99 ${res.p99Ms} ms, ${res.errors + res.timeouts + res.non2xx} bad (load avg ${loadAvg})`);
    }
  }
  await nginx?.stop();
  await next.stop();

  // 5. Results.
  const med = (runs: LoadResult[], key: 'rps' | 'p99Ms') => (runs.length ? round(median(runs.map((x) => x[key]))) : null);
  const recapRps = med(nextRuns, 'rps')!;
  const nginxRps = med(nginxRuns, 'rps');
  const ratio = nginxRps ? round(recapRps / nginxRps, 3) : null;
  const buildGrowthMsPerRecap = growth((b) => b.totalMs);
  const pass = {
    firstLoadJs: js.gzipKB <= TARGETS.firstLoadJsGzipKB,
    ratio: ratio === null ? null : ratio >= TARGETS.ratio,
    buildGrowth: buildGrowthMsPerRecap === null ? null : buildGrowthMsPerRecap <= TARGETS.buildGrowthMsPerRecap,
  };
  const phaseGrowth = Object.fromEntries(['compile', 'typescript', 'staticPages'].map((k) => [k, growth((b) => b.phases[k])]));
  const section = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    recaps: { small: SMALL, large: LARGE, largeTalks: large.totalTalks, largeBytes: large.totalBytes },
    buildMs10: buildSmall && Math.round(buildSmall.totalMs),
    buildMs1000: buildLarge && Math.round(buildLarge.totalMs),
    buildGrowthMsPerRecap,
    buildBreakdown: buildSmall &&
      buildLarge && {
        note: `fastest of ${BUILD_ROUNDS} build(s) per set; growth = (large - small) / ${LARGE - SMALL} ms per recap`,
        growthPerRecapMs: { contentCheck: growth((b) => b.contentCheckMs), nextBuild: growth((b) => b.nextBuildMs), ...phaseGrowth },
        small: buildSmall,
        large: buildLarge,
        allRuns: { small: smallRuns.map((b) => Math.round(b.totalMs)), large: largeRuns.map((b) => Math.round(b.totalMs)) },
      },
    recapPage: { path: pagePath, locale: recap.locale, talks: recap.talks, htmlBytes: Buffer.byteLength(html), nextCache: cacheHeader },
    recapRps,
    recapP99Ms: med(nextRuns, 'p99Ms'),
    nginxRps,
    nginxP99Ms: med(nginxRuns, 'p99Ms'),
    ratio,
    load: {
      connections: CONNECTIONS,
      durationSec: DURATION,
      warmupSec: 3,
      rounds: LOAD_ROUNDS,
      aggregate: 'median',
      next: nextRuns,
      nginx: nginxRuns,
      nginxSkipped,
    },
    firstLoadJsGzipKB: js.gzipKB,
    firstLoadJs: js,
    targets: TARGETS,
    pass,
  };
  writeResults('portal', section);
  printSummary(section, { small: SMALL, large: LARGE });
}

main().catch(async (err: unknown) => {
  console.error(`[bench] failed: ${err instanceof Error ? err.message : String(err)}`);
  await stopAll();
  process.exit(1);
});
