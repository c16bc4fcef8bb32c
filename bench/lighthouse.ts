/**
 * `npm run bench:lighthouse`: the speed of the page itself, on the sample
 * content as shipped (content/), against a production build under `next start`.
 *   1. Lighthouse 12 (mobile preset) on one page of each public type, in Debian's Chromium
 *   2. first-load JS of the Shenzhen recap (bench/lib/first-load.ts)
 *   3. that recap's throughput under `next start` against nginx serving the same HTML, same run
 * Writes the "lighthouse" section of bench/results.json.
 * The build goes to .next-bench-speed (built when missing; BENCH_SPEED_DIST_DIR=.next reuses
 * the app's own build, BENCH_SPEED_REBUILD=1 forces one) with a throwaway SQLite database.
 * BENCH_SPEED_BASELINE_DIST_DIR=<dir> also serves an older build (e.g. one of the commit before a
 * change) and measures it the same way in the same run, interleaved, under "baseline".
 * Env: BENCH_PORT (3200: first port tried), BENCH_LIGHTHOUSE_RUNS (3: median run per page; 0: none),
 *      BENCH_DURATION (10 s), BENCH_CONNECTIONS (50), BENCH_LOAD_ROUNDS (3: median counts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { groupCpuMs } from './lib/cpu';
import { firstLoadJs } from './lib/first-load';
import { CATEGORIES, CHROMIUM_FLAGS, CHROMIUM_PATH, runLighthouse, startChromium, type PageScores } from './lib/lighthouse-run';
import { measure, round, type LoadResult } from './lib/load';
import { ensureNginx, startNginx, type NginxServer } from './lib/nginx';
import { installCleanup, stopAll } from './lib/procs';
import { formatTable, machineInfo, writeResults } from './lib/results';
import { BENCH_TMP, findFreePort, PROJECT_ROOT, startNext, type NextServer } from './lib/server';
import { loadAverage, median } from './lib/stats';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const PORT = num('BENCH_PORT', 3200);
// 0 skips Lighthouse (the throughput alone).
const RUNS = process.env.BENCH_LIGHTHOUSE_RUNS === '0' ? 0 : num('BENCH_LIGHTHOUSE_RUNS', 3);
const DURATION = num('BENCH_DURATION', 10);
const CONNECTIONS = num('BENCH_CONNECTIONS', 50);
const LOAD_ROUNDS = num('BENCH_LOAD_ROUNDS', 3);
const DIST_DIR = process.env.BENCH_SPEED_DIST_DIR || '.next-bench-speed';
const BASELINE_DIST_DIR = process.env.BENCH_SPEED_BASELINE_DIST_DIR || null;
const TMP = path.join(BENCH_TMP, 'speed');
const log = (msg: string) => console.log(`[bench:lighthouse] ${msg}`);

export const SPEED_TARGETS = { performance: 100, lcpMs: 1500, firstLoadJsGzipKB: 180, ratio: 0.3 };

/** One page per public page type; the recap is the one the issue measured. */
const RECAP = '/recaps/shenzhen-cloud-native-meetup-2023';
const PAGES: Record<string, string> = {
  home: '/',
  recaps: '/recaps',
  recap: RECAP,
  speaker: '/speakers/zhang-shanyou',
  tag: '/tags/kubernetes',
  speakers: '/speakers',
  tags: '/tags',
  search: '/search?q=kubernetes',
};

function ensureBuild(env: NodeJS.ProcessEnv): void {
  const built = fs.existsSync(path.join(PROJECT_ROOT, DIST_DIR, 'BUILD_ID'));
  if (built && process.env.BENCH_SPEED_REBUILD !== '1') return log(`reusing the build in ${DIST_DIR}`);
  log(`npm run build into ${DIST_DIR}… (log: bench/tmp/speed/build.log)`);
  const out = fs.openSync(path.join(TMP, 'build.log'), 'w');
  const res = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', out, out] });
  if (res.status !== 0) throw new Error(`npm run build failed (exit ${res.status}); see bench/tmp/speed/build.log`);
}

/** The run with the median performance score (then LCP), so one disturbed run does not decide. */
function medianRun(runs: PageScores[]): PageScores {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A load run, with the load average when it started and the server's processor time per request (ms). */
type Timed = LoadResult & { loadAvg: number; cpuMsPerRequest: number | null };

/** One build under test: its server, the runs measured on it, and nginx serving its recap's HTML. */
interface Target {
  name: string;
  distDir: string;
  next: NextServer;
  lighthouse: Record<string, PageScores[]>;
  html: string;
  nginx: NginxServer | null;
  nextRuns: Timed[];
  nginxRuns: Timed[];
}

async function startTarget(name: string, distDir: string, port: number): Promise<Target> {
  const origin = `http://127.0.0.1:${port}`;
  const data = path.join(TMP, name, 'data');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    DATA_DIR: data,
    SQLITE_PATH: path.join(data, 'portal.db'),
    SITE_URL: origin,
  };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'CONTENT_DIR']) delete env[key];
  if (name === 'current') ensureBuild(env);
  else if (!fs.existsSync(path.join(PROJECT_ROOT, distDir, 'BUILD_ID'))) throw new Error(`no build in ${distDir}`);
  const next = await startNext({ port, env, logFile: path.join(TMP, name, 'next-start.log') });
  log(`${name}: next start of ${distDir} on ${next.url}`);
  // First requests render and cache each page; Lighthouse measures the cached page, as visitors get it.
  for (const p of Object.values(PAGES)) for (let i = 0; i < 3; i++) await (await fetch(origin + p)).arrayBuffer();
  const lighthouse = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
  return { name, distDir, next, lighthouse, html: '', nginx: null, nextRuns: [], nginxRuns: [] };
}

const rps = (list: LoadResult[]) => (list.length ? round(median(list.map((x) => x.rps))) : null);

async function summarise(t: Target) {
  const pages = Object.fromEntries(
    Object.entries(t.lighthouse)
      .filter(([, list]) => list.length)
      .map(([type, list]) => [
        type,
        { path: PAGES[type], ...medianRun(list), runs: list.map((x) => ({ scores: x.scores, lcpMs: x.lcpMs, tbtMs: x.tbtMs, cls: x.cls })) },
      ]),
  );
  const js = await firstLoadJs(t.next.url + RECAP);
  const nextRps = rps(t.nextRuns);
  const nginxRps = rps(t.nginxRuns);
  const ratio = nextRps && nginxRps ? round(nextRps / nginxRps, 3) : null;
  const cpu = (list: Timed[]) => {
    const values = list.map((x) => x.cpuMsPerRequest).filter((x): x is number => x !== null);
    return values.length ? round(median(values), 3) : null;
  };
  return {
    distDir: t.distDir,
    pages,
    firstLoadJs: { path: RECAP, ...js },
    throughput: {
      path: RECAP,
      htmlBytes: Buffer.byteLength(t.html),
      nextRps,
      nginxRps,
      ratio,
      nextCpuMsPerRequest: cpu(t.nextRuns),
      nginxCpuMsPerRequest: cpu(t.nginxRuns),
      next: t.nextRuns,
      nginx: t.nginxRuns,
    },
    pass: {
      performance: RUNS ? Object.values(pages).every((p) => p.scores.performance >= SPEED_TARGETS.performance) : null,
      lcp: RUNS ? Object.values(pages).every((p) => p.lcpMs < SPEED_TARGETS.lcpMs) : null,
      firstLoadJs: js.allGzipKB <= SPEED_TARGETS.firstLoadJsGzipKB,
      ratio: ratio === null ? null : ratio >= SPEED_TARGETS.ratio,
    },
  };
}

function printTarget(name: string, s: Awaited<ReturnType<typeof summarise>>) {
  console.log(`\n${name} (${s.distDir})\n`);
  console.log(
    formatTable([
      ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS'],
      ...Object.entries(s.pages).map(([type, p]) => [type, ...CATEGORIES.map((c) => String(p.scores[c])), String(p.lcpMs), String(p.tbtMs), String(p.cls)]),
    ]),
  );
  const js = s.firstLoadJs;
  const t = s.throughput;
  console.log(`first-load JS ${js.allGzipKB} KB gzip (${js.gzipKB} KB without nomodule), target ≤ ${SPEED_TARGETS.firstLoadJsGzipKB}`);
  console.log(`throughput next ${t.nextRps} req/s, nginx ${t.nginxRps} req/s, ratio ${t.ratio ?? 'n/a'}, target ≥ ${SPEED_TARGETS.ratio}`);
  console.log(`server CPU per request: next ${t.nextCpuMsPerRequest ?? 'n/a'} ms, nginx ${t.nginxCpuMsPerRequest ?? 'n/a'} ms`);
  console.log(`pass: ${JSON.stringify(s.pass)}`);
}

async function main() {
  installCleanup();
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  const targets = [await startTarget('current', DIST_DIR, await findFreePort(PORT))];
  if (BASELINE_DIST_DIR) targets.push(await startTarget('baseline', BASELINE_DIST_DIR, await findFreePort(targets[0].next.port + 1)));

  // 1. Lighthouse, page types and builds interleaved so a burst of load elsewhere spreads over all of them.
  const chromium = RUNS ? await startChromium(targets[0].next.port + 50) : null;
  try {
    for (let r = 1; r <= RUNS; r++) {
      for (const [type, p] of Object.entries(PAGES)) {
        for (const t of targets) {
          const res = await runLighthouse(t.next.url + p, chromium!.port);
          t.lighthouse[type].push(res);
          log(
            `run ${r}/${RUNS} ${t.name} ${type}: ${CATEGORIES.map((c) => res.scores[c]).join('/')}, LCP ${res.lcpMs} ms, TBT ${res.tbtMs} ms, CLS ${res.cls} (load avg ${loadAverage()})`,
          );
        }
      }
    }
  } finally {
    await chromium?.stop();
  }

  // 2. Throughput of the recap against nginx serving the same bytes, each build against its own HTML.
  const found = ensureNginx();
  const nginxSkipped = 'error' in found ? found.error : null;
  for (const t of targets) {
    t.html = await (await fetch(t.next.url + RECAP)).text();
    if ('error' in found) continue;
    const dir = path.join(TMP, t.name, 'nginx');
    const htmlFile = path.join(dir, 'html', 'recap.html');
    fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
    fs.writeFileSync(htmlFile, t.html);
    t.nginx = await startNginx(found.bin, dir, await findFreePort(t.next.port + 10), htmlFile);
    if ((await (await fetch(t.nginx.url + RECAP)).text()) !== t.html) throw new Error('nginx does not serve the saved HTML');
  }
  const load = { connections: CONNECTIONS, durationSec: DURATION, warmupSec: 3 };
  for (let r = 1; r <= LOAD_ROUNDS && !nginxSkipped; r++) {
    for (const t of targets) {
      for (const [name, server, list] of [
        ['next', t.next, t.nextRuns],
        ['nginx', t.nginx!, t.nginxRuns],
      ] as const) {
        const url = server.url + RECAP;
        await measure(url, { ...load, durationSec: load.warmupSec, warmupSec: 0 });
        const loadAvg = loadAverage();
        const pgid = server.proc.child.pid!;
        const cpuBefore = groupCpuMs(pgid);
        const res = await measure(url, { ...load, warmupSec: 0 });
        const cpuAfter = groupCpuMs(pgid);
        const cpuMsPerRequest = cpuBefore === null || cpuAfter === null || !res.requests ? null : round((cpuAfter - cpuBefore) / res.requests, 3);
        list.push({ ...res, loadAvg, cpuMsPerRequest });
        log(
          `round ${r}/${LOAD_ROUNDS} ${t.name} ${name}: ${res.rps} req/s, p99 ${res.p99Ms} ms, ${cpuMsPerRequest ?? '?'} ms CPU/request, ${res.errors + res.timeouts + res.non2xx} bad (load avg ${loadAvg})`,
        );
      }
    }
  }
  const [current, baseline] = await Promise.all(targets.map(summarise));
  for (const t of targets) await Promise.all([t.nginx?.stop(), t.next.stop()]);

  const section = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    method: {
      lighthouse: `Lighthouse 12.2.3, default config (mobile: Moto G Power screen, simulated slow 4G at 150 ms RTT and 1.6 Mbit/s, 4x CPU slowdown), categories ${CATEGORIES.join(', ')}, in ${CHROMIUM_PATH} ${CHROMIUM_FLAGS.join(' ')}; against next start of a production build (${DIST_DIR}) of the sample content, each page requested three times first so it is served from the page cache; ${RUNS} run(s) per page, page types interleaved, the run with the median performance score reported (all runs kept under runs). Nothing is fetched from outside the machine. The simulated metrics scale with the CPU time Chromium observed, so a busy machine lowers them: compare runs made at similar load averages.`,
      firstLoadJs:
        'Every <script src> in the HTML of the recap page, fetched uncompressed and gzipped at level 9, summed. allGzipKB counts the nomodule polyfill too (the figure the issue quoted: 186 KB); gzipKB is what a current browser downloads, which skips nomodule scripts. Chunks that a page loads later (a dynamic import on first use) are not first-load JS.',
      throughput: `autocannon, ${CONNECTIONS} connections, ${DURATION} s after a 3 s warm-up, ${LOAD_ROUNDS} rounds alternating next start (cached page) and nginx serving the same HTML file (bench/lib/nginx.ts), median of the rounds; ratio = next / nginx. Also the server's processor time per request over each measured run (its process group in /proc, utime + stime), which contention disturbs far less than requests per second.`,
    },
    ...current,
    nginxSkipped,
    targets: SPEED_TARGETS,
    ...(baseline ? { baseline } : {}),
  };
  writeResults('lighthouse', section);
  console.log(`\nPage speed (${section.machine.cpus} × ${section.machine.model}; load avg at the end ${loadAverage()})`);
  printTarget('current', current);
  if (baseline) printTarget('baseline', baseline);
  if (nginxSkipped) console.log(`nginx baseline skipped: ${nginxSkipped}`);
  console.log('\nWritten to bench/results.json ("lighthouse").');
}

main().catch(async (err: unknown) => {
  console.error(`[bench:lighthouse] failed: ${err instanceof Error ? err.message : String(err)}`);
  await stopAll();
  process.exit(1);
});
