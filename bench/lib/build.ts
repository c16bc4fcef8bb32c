/**
 * Times the production build (`npm run build` = content:check + next build)
 * against a given CONTENT_DIR, step by step, into NEXT_DIST_DIR=.next-bench.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runTimed } from './procs';
import { BENCH_DIST_DIR, BENCH_TMP, PROJECT_ROOT, benchEnv, bin } from './server';
import { snapshotTsconfig } from './tsconfig-guard';

export interface BuildTiming {
  contentDir: string;
  contentCheckMs: number;
  nextBuildMs: number;
  totalMs: number;
  /** Phases as next build reports them, in ms (compile, typescript, staticPages), when found in its output. */
  phases: Record<string, number>;
}

export async function timeBuild(contentDir: string, label: string): Promise<BuildTiming> {
  const env = benchEnv(contentDir);
  const distDir = path.join(PROJECT_ROOT, BENCH_DIST_DIR);
  const buildId = path.join(distDir, 'BUILD_ID');
  // Cold builds, as on CI: without this, Turbopack's filesystem cache in <distDir>/cache would favour later builds.
  fs.rmSync(distDir, { recursive: true, force: true });
  const logFile = path.join(BENCH_TMP, 'logs', `build-${label}.log`);
  fs.rmSync(logFile, { force: true });
  // Same two steps as the "build" script, run separately to time each.
  const contentCheckMs = await runTimed(`content:check (${label})`, bin('tsx'), ['scripts/content-check.ts'], { cwd: PROJECT_ROOT, env, logFile });
  const restoreTsconfig = snapshotTsconfig(PROJECT_ROOT, BENCH_DIST_DIR);
  let nextBuildMs: number;
  try {
    nextBuildMs = await runTimed(`next build (${label})`, bin('next'), ['build'], { cwd: PROJECT_ROOT, env, logFile });
  } finally {
    restoreTsconfig();
  }
  if (!fs.existsSync(buildId)) {
    throw new Error(`next build did not write ${BENCH_DIST_DIR}/: next.config.js must set distDir from NEXT_DIST_DIR`);
  }
  return { contentDir, contentCheckMs, nextBuildMs, totalMs: contentCheckMs + nextBuildMs, phases: buildPhases(fs.readFileSync(logFile, 'utf8')) };
}

/** Picks "Compiled successfully in 29.2s", "Finished TypeScript in 16s", "Generating static pages … in 995ms". */
export function buildPhases(log: string): Record<string, number> {
  const ms = (value: string, unit: string) => Math.round(Number(value) * (unit === 's' ? 1000 : unit === 'min' ? 60_000 : 1));
  const phases: Record<string, number> = {};
  const patterns: Array<[string, RegExp]> = [
    ['compile', /Compiled successfully in ([\d.]+)(ms|s|min)/],
    ['typescript', /Finished TypeScript in ([\d.]+)(ms|s|min)/],
    ['staticPages', /Generating static pages[^\n]*\bin ([\d.]+)(ms|s|min)/],
  ];
  for (const [name, re] of patterns) {
    const m = re.exec(log);
    if (m) phases[name] = ms(m[1], m[2]);
  }
  return phases;
}
