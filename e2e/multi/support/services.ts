// Stops and restarts this machine's PostgreSQL and Redis for the fault tests.
// Other suites and other people use them too: callers restart them in a
// `finally`, and `ensureServicesUp` runs in afterAll whatever happened.
import { execFileSync } from 'node:child_process';
import { createClient } from 'redis';
import { adminQuery, REDIS_URL } from './cluster';

const PG = ['--skip-systemctl-redirect', '15', 'main'];
/** How CI starts Redis (no persistence: a restart empties it). */
const REDIS_START = [
  '--daemonize',
  'yes',
  '--bind',
  '127.0.0.1',
  '-::1',
  '--port',
  '6379',
  '--save',
  '',
  '--appendonly',
  'no',
  '--dir',
  '/var/lib/redis',
  '--logfile',
  '/var/log/redis/ci.log',
];

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'pipe', timeout: 60_000 }).toString();

export function stopPostgres(): void {
  run('pg_ctlcluster', [...PG, 'stop']);
}

export function startPostgres(): void {
  if (!/online/.test(run('pg_lsclusters', ['15', 'main']))) run('pg_ctlcluster', [...PG, 'start']);
}

export function stopRedis(): void {
  run('redis-cli', ['-p', '6379', 'shutdown', 'nosave']);
}

export async function startRedis(): Promise<void> {
  if (await redisUp()) return;
  run('redis-server', REDIS_START);
  for (let i = 0; i < 50 && !(await redisUp()); i++) await new Promise((r) => setTimeout(r, 100));
}

async function redisUp(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { reconnectStrategy: false, connectTimeout: 500 } });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close().catch(() => {});
  }
}

/** Restarts whatever a failed test left stopped. */
export async function ensureServicesUp(): Promise<void> {
  try {
    startPostgres();
  } catch (e) {
    console.error(`[multi] could not restart PostgreSQL: ${(e as Error).message}`);
  }
  await startRedis().catch((e) => console.error(`[multi] could not restart Redis: ${(e as Error).message}`));
  for (let i = 0; i < 50; i++) {
    if (
      await adminQuery('select 1').then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
}
