/**
 * The production server the budget and memory benches drive: `next start` on
 * a fresh SQLite database with a bootstrapped admin, signed in, with one
 * published recap to save. Uses the build in BENCH_BUDGET_DIST_DIR
 * (`.next-bench-budget`, built here when missing; `.next` reuses the app's).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runTimed, spawnTracked, stopTracked } from '../lib/procs';
import { BENCH_TMP, PROJECT_ROOT, bin, findFreePort, startNext, type NextServer } from '../lib/server';
import { actionIds, callAction, expectAction, signIn, type ActionIds, type CookieJar } from '../organizer/http';

export const DIST_DIR = process.env.BENCH_BUDGET_DIST_DIR || '.next-bench-budget';
const ADMIN = { email: 'bench-budget@example.com', password: 'correct-horse-battery' };

export interface BudgetServer {
  server: NextServer;
  jar: CookieJar;
  ids: ActionIds;
  recap: { id: number; slug: string; version: number; fields: Record<string, string> };
  /** Resident memory of the server process and its children, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'SQLITE_PATH', 'ADMIN_EMAIL', 'ADMIN_PASSWORD']) if (!(key in extra)) delete env[key];
  return env;
}

async function ensureBuild(tmp: string, log: (m: string) => void) {
  if (fs.existsSync(path.join(PROJECT_ROOT, DIST_DIR, 'BUILD_ID'))) return;
  log(`next build into ${DIST_DIR}…`);
  const env = childEnv({ NEXT_DIST_DIR: DIST_DIR, SQLITE_PATH: path.join(tmp, 'build', 'portal.db'), DATA_DIR: path.join(tmp, 'build') });
  const logFile = path.join(tmp, 'logs', 'build.log');
  if ((await runTimed('worker bundle', 'node', ['scripts/build-mdx-worker.mjs'], { cwd: PROJECT_ROOT, env, logFile })) !== 0)
    throw new Error(`worker bundle failed; see ${logFile}`);
  if ((await runTimed('next build', bin('next'), ['build'], { cwd: PROJECT_ROOT, env, logFile })) !== 0) throw new Error(`next build failed; see ${logFile}`);
}

/** Sum of VmRSS over `pid` and its descendants (Linux /proc). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return Math.round(kb / 102.4) / 10;
}

/** Starts the server and prepares one published recap whose editor actions the benches replay. */
export async function startBudgetServer(name: string, log: (m: string) => void): Promise<BudgetServer> {
  const tmp = path.join(BENCH_TMP, name);
  await ensureBuild(tmp, log);
  const port = await findFreePort(3460);
  const dataDir = path.join(tmp, 'server');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = childEnv({
    NEXT_DIST_DIR: DIST_DIR,
    SITE_URL: `http://127.0.0.1:${port}`,
    SQLITE_PATH: path.join(dataDir, 'portal.db'),
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  const server = await startNext({ port, env, logFile: path.join(tmp, 'logs', 'next-start.log') });
  try {
    const jar = await signIn(server.url, ADMIN.email, ADMIN.password);
    const ids = actionIds(path.join(PROJECT_ROOT, DIST_DIR), 'app/(admin)/admin/recaps/[id]/');
    const out = path.join(tmp, 'seed.json');
    const seed = spawnTracked(
      'seed',
      bin('tsx'),
      ['--import', './bench/organizer/register.mjs', 'bench/organizer/seed-worker.ts', out, `bench-${name}-${Date.now().toString(36)}`],
      { cwd: PROJECT_ROOT, env: { ...env, CONTENT_DIR: path.join(PROJECT_ROOT, 'content') }, logFile: path.join(tmp, 'logs', 'seed.log') },
    );
    if ((await seed.exited) !== 0) throw new Error(`seeding failed; see ${path.join(tmp, 'logs', 'seed.log')}`);
    const [draft] = JSON.parse(fs.readFileSync(out, 'utf8')) as Array<BudgetServer['recap']>;
    const editor = `/admin/recaps/${draft.id}`;
    expectAction('publishAction', await callAction(server.url, editor, ids.publishAction, [draft.id], jar), /^/);
    const version = await currentVersion(path.join(dataDir, 'portal.db'), draft.id);
    return { server, jar, ids, recap: { ...draft, version }, rssMb: () => treeRssMb(server.proc.child.pid!), stop: () => stopTracked(server.proc) };
  } catch (error) {
    await stopTracked(server.proc);
    throw error;
  }
}

/** The recap's version, read straight from the server's database (the save action needs it as its base). */
export async function currentVersion(dbFile: string, id: number): Promise<number> {
  const { default: Database } = await import('better-sqlite3');
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    return (sqlite.prepare('select version from recaps where id = ?').get(id) as { version: number }).version;
  } finally {
    sqlite.close();
  }
}

export const serverDb = (name: string) => path.join(BENCH_TMP, name, 'server', 'portal.db');
