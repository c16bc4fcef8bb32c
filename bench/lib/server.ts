/**
 * Helpers to run the portal under `next start` for benches: pick a free port,
 * start with extra env (CONTENT_DIR…), wait until it answers, stop.
 */
import net from 'node:net';
import path from 'node:path';
import { spawnTracked, stopTracked, type Tracked } from './procs';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BENCH_TMP = path.join(PROJECT_ROOT, 'bench', 'tmp');
export const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);
/** Where bench builds go (next.config.js reads NEXT_DIST_DIR), so the app's own .next is left alone. */
export const BENCH_DIST_DIR = '.next-bench';

/**
 * Environment for building and serving the app on synthetic content: its own
 * dist dir, CONTENT_DIR, and a throwaway SQLite database under bench/tmp.
 */
export function benchEnv(contentDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    CONTENT_DIR: contentDir,
    DATA_DIR: path.join(BENCH_TMP, 'data'),
    SQLITE_PATH: path.join(BENCH_TMP, 'data', 'portal.db'),
    ...extra,
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  return env;
}

/** True when nothing listens on host:port. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** `preferred` if free, else the next free port above it. */
export async function findFreePort(preferred: number, host = '127.0.0.1'): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) if (await isPortFree(port, host)) return port;
  throw new Error(`no free port in ${preferred}–${preferred + 199}`);
}

/** Resolves once a TCP connection to host:port succeeds; rejects after `timeoutMs` or when `alive()` turns false. */
export interface WaitOptions {
  host?: string;
  timeoutMs?: number;
  /** Checked between tries: false means the server died and waiting is pointless. */
  alive?: () => boolean;
}

export async function waitForPort(port: number, options: WaitOptions = {}): Promise<void> {
  const { host = '127.0.0.1', timeoutMs = 60_000, alive = () => true } = options;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`process exited before port ${port} opened`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, host);
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`port ${host}:${port} did not open within ${timeoutMs} ms`);
}

export interface NextServer {
  url: string;
  port: number;
  proc: Tracked;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartNextOptions {
  /** Preferred port; the next free one is used when taken. Default 3200. */
  port?: number;
  /** Full environment for the server, e.g. `benchEnv(contentDir)`; default: this process's. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  logFile?: string;
  timeoutMs?: number;
}

/** `next start` on 127.0.0.1 with the existing build in .next; resolves when it accepts HTTP requests. */
export async function startNext(options: StartNextOptions = {}): Promise<NextServer> {
  const port = await findFreePort(options.port ?? 3200);
  const logFile = options.logFile ?? path.join(BENCH_TMP, 'logs', `next-start-${port}.log`);
  const proc = spawnTracked('next start', bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...(options.env ?? process.env), PORT: String(port) },
    logFile,
  });
  const alive = () => proc.child.exitCode === null && proc.child.signalCode === null;
  await waitForPort(port, { timeoutMs: options.timeoutMs ?? 60_000, alive });
  const url = `http://127.0.0.1:${port}`;
  // The port opens slightly before the app is ready to serve.
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      /* not yet */
    }
    if (!alive()) throw new Error(`next start exited; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`next start not ready within timeout; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, proc, logFile, stop: () => stopTracked(proc) };
}

/** Stops a server started by `startNext`. */
export function stopNext(server: NextServer): Promise<void> {
  return server.stop();
}
