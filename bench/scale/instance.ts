/**
 * One `next start` for the scale bench, as production runs it: its own copy of
 * the build (so its page cache starts empty and nothing it writes outlives
 * the run), one database, no Redis. Reports when the process started, when it
 * first served a page, and its resident memory (process and children).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { prepareApp } from '../../e2e/multi/support/cluster';
import { treeRssMb } from '../budget/server';
import { spawnTracked, stopTracked, type Tracked } from '../lib/procs';
import { BENCH_TMP, PROJECT_ROOT, findFreePort } from '../lib/server';

export interface ScaleInstance {
  url: string;
  proc: Tracked;
  logFile: string;
  /** performance.now() at spawn. */
  spawnedAt: number;
  /** ms from spawn to the first 200 of `/`. */
  firstPageMs: number;
  rssMb(): number;
  /** CPU seconds of the process tree so far (user + system). */
  cpuSec(): number;
  stop(): Promise<void>;
}

export interface InstanceOptions {
  name: string;
  distDir: string;
  port: number;
  /** Database settings (SQLITE_PATH or DATABASE_URL). */
  env: Record<string, string>;
  firstPageTimeoutMs: number;
}

export async function startInstance(o: InstanceOptions): Promise<ScaleInstance> {
  const workDir = path.join(BENCH_TMP, 'scale', 'run', o.name);
  const app = prepareApp(PROJECT_ROOT, o.distDir, workDir);
  const port = await findFreePort(o.port);
  const url = `http://127.0.0.1:${port}`;
  // PostgreSQL means several instances may share the database, so the app wants an explicit shared secret.
  const secret = o.env.DATABASE_URL ? { AUTH_SECRET: randomBytes(32).toString('base64url') } : {};
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    SITE_URL: url,
    DATA_DIR: path.join(workDir, 'data'),
    ...secret,
    ...o.env,
  };
  for (const key of ['NEXT_DIST_DIR', 'REDIS_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', ...(o.env.DATABASE_URL ? ['SQLITE_PATH'] : ['DATABASE_URL'])])
    delete env[key];
  const logFile = path.join(workDir, 'server.log');
  fs.mkdirSync(workDir, { recursive: true });
  const spawnedAt = performance.now();
  const proc = spawnTracked(
    `next start (${o.name})`,
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: app, env, logFile },
  );
  const alive = () => proc.child.exitCode === null && proc.child.signalCode === null;
  const stop = async () => {
    await stopTracked(proc, 10_000);
    fs.rmSync(path.join(workDir, 'app'), { recursive: true, force: true });
  };
  try {
    for (;;) {
      if (!alive()) throw new Error(`next start exited; see ${logFile}`);
      if (performance.now() - spawnedAt > o.firstPageTimeoutMs) throw new Error(`no page within ${o.firstPageTimeoutMs / 1000} s of start; see ${logFile}`);
      const ok = await fetch(`${url}/`, { signal: AbortSignal.timeout(Math.round(Math.max(1000, o.firstPageTimeoutMs - (performance.now() - spawnedAt)))) })
        .then(async (res) => (await res.arrayBuffer(), res.status === 200))
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const firstPageMs = Math.round(performance.now() - spawnedAt);
  const pid = proc.child.pid!;
  return { url, proc, logFile, spawnedAt, firstPageMs, rssMb: () => treeRssMb(pid), cpuSec: () => treeCpuSec(pid), stop };
}

/** utime + stime of `pid` and its descendants, in seconds (Linux /proc; threads count with their process). */
export function treeCpuSec(pid: number): number {
  const children = new Map<number, number[]>();
  const stat = new Map<number, string[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      stat.set(Number(entry), fields);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const f = stat.get(p);
    // Fields after "comm)": state(0) ppid(1) … utime(11) stime(12).
    if (f) ticks += Number(f[11]) + Number(f[12]);
    stack.push(...(children.get(p) ?? []));
  }
  return ticks / 100;
}

/**
 * Waits until the server has finished its start-up work (the search index
 * check, compile workers): until it uses under 5% of a core over a second,
 * or `maxMs`. Returns ms waited.
 */
export async function settle(instance: ScaleInstance, maxMs = 120_000): Promise<number> {
  const t0 = performance.now();
  let last = instance.cpuSec();
  while (performance.now() - t0 < maxMs) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = instance.cpuSec();
    if (now - last < 0.05) break;
    last = now;
  }
  return Math.round(performance.now() - t0);
}
