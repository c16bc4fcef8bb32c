/** The human summary printed at the end of `npm run bench`. */
import path from 'node:path';
import type { LoadResult } from './load';
import { formatTable, RESULTS_FILE, type machineInfo } from './results';

export const TARGETS = { firstLoadJsGzipKB: 185, ratio: 0.2, buildGrowthMsPerRecap: 20 };

interface Section {
  machine: ReturnType<typeof machineInfo>;
  buildMs10: number | null;
  buildMs1000: number | null;
  buildGrowthMsPerRecap: number | null;
  buildBreakdown: { growthPerRecapMs: Record<string, number | null>; small: { contentCheckMs: number }; large: { contentCheckMs: number } } | null;
  recapRps: number;
  recapP99Ms: number | null;
  nginxRps: number | null;
  nginxP99Ms: number | null;
  ratio: number | null;
  load: { rounds: number; next: LoadResult[]; nginx: LoadResult[] };
  firstLoadJsGzipKB: number;
  pass: { firstLoadJs: boolean; ratio: boolean | null; buildGrowth: boolean | null };
}

export function printSummary(s: Section, sets: { small: number; large: number }): void {
  const secs = (ms: number | null) => (ms === null ? 'skipped' : `${(ms / 1000).toFixed(1)} s`);
  const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
  const fmt = (v: number | null | undefined, unit = '') => (v == null ? 'n/a' : `${v}${unit}`);
  const bad = (runs: LoadResult[]) =>
    runs.length ? `${runs.reduce((n, r) => n + r.errors + r.timeouts, 0)} errors, ${runs.reduce((n, r) => n + r.non2xx, 0)} non-2xx` : '';
  const g = s.buildBreakdown?.growthPerRecapMs;
  console.log(`\nPortal benchmark (${s.machine.cpus} × ${s.machine.model}, Node ${s.machine.node}; load: median of ${s.load.rounds} round(s))\n`);
  console.log(
    formatTable([
      ['metric', 'value', 'target', ''],
      [`build, ${sets.small} recaps`, secs(s.buildMs10), '', ''],
      [`build, ${sets.large} recaps`, secs(s.buildMs1000), '', ''],
      ['build growth per recap', fmt(s.buildGrowthMsPerRecap, ' ms'), `≤ ${TARGETS.buildGrowthMsPerRecap} ms`, mark(s.pass.buildGrowth)],
      ['  content:check', fmt(g?.contentCheck, ' ms'), '', ''],
      ['  next build', fmt(g?.nextBuild, ' ms'), '', g ? `compile ${fmt(g.compile)}, tsc ${fmt(g.typescript)}, static pages ${fmt(g.staticPages)} ms` : ''],
      ['recap page (next) req/s', String(s.recapRps), '', ''],
      ['recap page (next) p99', fmt(s.recapP99Ms, ' ms'), '', bad(s.load.next)],
      ['same HTML (nginx) req/s', fmt(s.nginxRps), '', ''],
      ['same HTML (nginx) p99', fmt(s.nginxP99Ms, ' ms'), '', bad(s.load.nginx)],
      ['ratio next / nginx', fmt(s.ratio), `≥ ${TARGETS.ratio}`, mark(s.pass.ratio)],
      ['first-load JS (gzip -9)', `${s.firstLoadJsGzipKB} KB`, `≤ ${TARGETS.firstLoadJsGzipKB} KB`, mark(s.pass.firstLoadJs)],
    ]),
  );
  console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)} ("portal").`);
}
