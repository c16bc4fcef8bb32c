import { sql } from 'kysely';
import pg from 'pg';
import { getDb, optionsFromEnv } from './connection';
import { processState } from '@/lib/process-state';

// No 'server-only': proxy.ts imports this too. Node.js only (pg).

/**
 * Whether PostgreSQL answers, kept up to date by a probe on its own one-client
 * pool (so a busy app pool never looks like an outage). proxy.ts reads it on
 * every request to answer 503 at once while the database is down, instead of
 * letting each request wait for a connection and fail with a 500; db() reads
 * it to fail fast in code that runs outside a request (the scheduler).
 *
 * SQLite is a local file: it is never "down", so nothing is probed.
 */
export type DatabaseStatus = 'ok' | 'down';

/** Probe interval while up, and while down (how soon recovery is noticed). */
const PROBE_UP_MS = 1000;
const PROBE_DOWN_MS = 500;
/** A probe slower than this timed out. */
const PROBE_TIMEOUT_MS = 1000;
/**
 * Timeouts in a row before PostgreSQL counts as down. A refused or dropped
 * connection counts at once; a slow answer may only mean this process is
 * saturated (the timer fires late), and a false "down" would turn a busy
 * instance into one that answers 503 to everyone.
 */
const TIMEOUTS_FOR_DOWN = 3;

export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The database is unavailable.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

interface Tracker {
  status: DatabaseStatus;
  timeouts: number;
  pool: pg.Pool;
  timer?: NodeJS.Timeout;
  inFlight?: Promise<DatabaseStatus>;
}

// Process state: proxy.ts and app code are separate bundles in one process.
function tracker(): Tracker | null {
  return processState('dbHealth', createTracker);
}

function createTracker(): Tracker | null {
  const options = optionsFromEnv();
  if (options.dialect !== 'postgres') return null;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 1,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
    idleTimeoutMillis: 0,
  });
  // A restart kills the idle probe connection; the next probe reconnects.
  pool.on('error', () => {});
  const t: Tracker = { status: 'ok', timeouts: 0, pool };
  schedule(t);
  return t;
}

function schedule(t: Tracker) {
  clearTimeout(t.timer);
  t.timer = setTimeout(() => void probe(t).finally(() => schedule(t)), t.status === 'ok' ? PROBE_UP_MS : PROBE_DOWN_MS);
  t.timer.unref();
}

function probe(t: Tracker): Promise<DatabaseStatus> {
  t.inFlight ??= (async () => {
    try {
      await t.pool.query('select 1');
      t.timeouts = 0;
      setStatus(t, 'ok');
    } catch (error) {
      const timedOut = error instanceof Error && /timeout/i.test(error.message);
      t.timeouts = timedOut ? t.timeouts + 1 : TIMEOUTS_FOR_DOWN;
      if (t.timeouts >= TIMEOUTS_FOR_DOWN) setStatus(t, 'down', error);
    } finally {
      t.inFlight = undefined;
    }
    return t.status;
  })();
  return t.inFlight;
}

function setStatus(t: Tracker, status: DatabaseStatus, error?: unknown) {
  if (t.status === status) return;
  t.status = status;
  if (status === 'down') {
    console.error(`[db] PostgreSQL unreachable (${error instanceof Error ? error.message : String(error)}): answering 503 until it is back.`);
  } else {
    console.warn('[db] PostgreSQL is reachable again.');
  }
}

/** Last known status, without waiting (starts the probe on first use). */
export function databaseStatus(): DatabaseStatus {
  return tracker()?.status ?? 'ok';
}

/** A fresh answer: probes PostgreSQL now, or runs `select 1` on SQLite. */
export async function checkDatabase(): Promise<DatabaseStatus> {
  const t = tracker();
  if (t) return probe(t);
  try {
    await sql`select 1`.execute(getDb());
    return 'ok';
  } catch {
    return 'down';
  }
}

/** Starts the probe (instrumentation calls it at boot so the first request already knows). */
export function startDatabaseProbe(): void {
  tracker();
}
