// Two (or more) `next start` instances sharing one PostgreSQL database and one
// Redis: what e2e/multi/*.spec.ts and bench/multi.ts run against.
//
// Each instance gets its own copy of the build (like separate machines: pages
// Next writes to .next on one are invisible to the other), a fresh database
// created for the run (recaps_multi_<pid>_<random>, dropped at the end) and a
// Redis key prefix of its own, so runs never see each other's data.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { createClient } from 'redis';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** Server that holds the test databases (CREATE DATABASE rights needed). */
export const PG_ADMIN_URL = process.env.MULTI_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.MULTI_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' } as const;

export interface Instance {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code or signal. */
  stop(graceMs?: number): Promise<number | string>;
  exited: Promise<number | string>;
}

export interface Cluster {
  database: string;
  databaseUrl: string;
  keyPrefix: string;
  authSecret: string;
  instances: Instance[];
  /** Starts one more instance on the same database and Redis (e.g. after a stop). */
  start(name: string, port?: number): Promise<Instance>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Instance names; one port each, from `basePort` up (the first free ones). */
  names?: string[];
  basePort?: number;
  /** Build to serve, relative to the project root (default `.next`; `NEXT_DIST_DIR` wins). */
  distDir?: string;
  /** Project to serve (default this one; MULTI_APP_ROOT wins). */
  appRoot?: string;
  env?: Record<string, string>;
  workDir?: string;
  /** A database to copy for the run (CREATE DATABASE … TEMPLATE), e.g. a seeded one; it must have no open connections. */
  template?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const appRoot = process.env.MULTI_APP_ROOT ?? options.appRoot ?? ROOT;
  const distDir = process.env.NEXT_DIST_DIR ?? options.distDir ?? '.next';
  if (!existsSync(path.join(appRoot, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${path.join(appRoot, distDir)}: run \`npm run build\` first.`);
  }
  const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const database = `recaps_multi_${id}`;
  // FILE_COPY: a seeded database of several GB copies in seconds rather than through the WAL.
  await adminQuery(`create database ${database}${options.template ? ` template ${options.template} strategy file_copy` : ''}`);
  const databaseUrl = withDatabase(PG_ADMIN_URL, database);
  const keyPrefix = `recaps-multi-${id}:`;
  const authSecret = randomBytes(32).toString('base64url');
  const workDir = options.workDir ?? path.join(ROOT, 'test-results', `.multi-${id}`);
  let nextPort = options.basePort ?? 3460;
  const instances: Instance[] = [];

  const start = async (name: string, port?: number) => {
    const p = port ?? (nextPort = await freePort(nextPort));
    if (port === undefined) nextPort = p + 1;
    const instance = await startInstance({
      name,
      port: p,
      appRoot,
      distDir,
      workDir: path.join(workDir, name),
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_URL,
        REDIS_KEY_PREFIX: keyPrefix,
        AUTH_SECRET: authSecret,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SCHEDULER_INTERVAL_MS: '1000',
        ...options.env,
      },
    });
    instances.push(instance);
    return instance;
  };

  try {
    // One after the other: the first applies the migrations and creates the admin.
    for (const name of options.names ?? ['a', 'b']) await start(name);
  } catch (error) {
    await Promise.all(instances.map((i) => i.stop()));
    await cleanup(database, keyPrefix);
    throw error;
  }

  return {
    database,
    databaseUrl,
    keyPrefix,
    authSecret,
    instances,
    start,
    async stop() {
      await Promise.all(instances.map((i) => i.stop()));
      await cleanup(database, keyPrefix);
      // MULTI_KEEP=1 keeps the servers' logs (test-results/.multi-*/<name>/server.log).
      if (process.env.MULTI_KEEP !== '1') rmSync(workDir, { recursive: true, force: true });
    },
  };
}

interface InstanceOptions {
  name: string;
  port: number;
  appRoot: string;
  distDir: string;
  workDir: string;
  env: Record<string, string>;
}

/** Copies the build (not its caches, not the standalone server) and links the rest of the project. */
export function prepareApp(appRoot: string, distDir: string, workDir: string): string {
  const app = path.join(workDir, 'app');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const from = path.join(appRoot, distDir);
  const skip = new Set(['cache', 'standalone', path.join('server', 'route-cache')]);
  cpSync(from, path.join(app, '.next'), { recursive: true, filter: (src) => !skip.has(path.relative(from, src)) });
  const links = new Set(['.next', '.git', 'test-results', 'playwright-report', 'package-lock.json', 'data']);
  for (const entry of readdirSync(appRoot)) {
    if (!links.has(entry) && !entry.startsWith('.next')) symlinkSync(path.join(appRoot, entry), path.join(app, entry));
  }
  return app;
}

async function startInstance(o: InstanceOptions): Promise<Instance> {
  const app = prepareApp(o.appRoot, o.distDir, o.workDir);
  const url = `http://127.0.0.1:${o.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(o.port),
    SITE_URL: url,
    DATA_DIR: path.join(o.workDir, 'data'),
    ...o.env,
  };
  delete env.NEXT_DIST_DIR; // the copy is always in .next
  delete env.SQLITE_PATH;
  const nextBin = path.join(o.appRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(o.port), '-H', '127.0.0.1'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const log = createWriteStream(path.join(o.workDir, 'server.log'));
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const instance: Instance = {
    name: o.name,
    port: o.port,
    url,
    child,
    output: () => output,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      log.end();
      return exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${o.name} exited (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) return instance;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Error(`instance ${o.name} not healthy within 60 s:\n${output.slice(-2000)}`);
    }
    await sleep(200);
  }
}

export async function adminQuery(text: string, params: unknown[] = [], url = PG_ADMIN_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

async function cleanup(database: string, keyPrefix: string) {
  await adminQuery(`drop database if exists ${database} with (force)`).catch((e) => console.warn(`[multi] drop ${database}: ${e.message}`));
  const redis = createClient({ url: REDIS_URL });
  try {
    await redis.connect();
    for await (const batch of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
      const keys = Array.isArray(batch) ? batch : [batch];
      if (keys.length) await redis.unlink(keys);
    }
  } catch (e) {
    console.warn(`[multi] Redis cleanup of ${keyPrefix}*: ${(e as Error).message}`);
  } finally {
    if (redis.isOpen) await redis.close();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}
