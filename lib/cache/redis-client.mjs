// @ts-check
// One Redis connection per process, shared by the cache handler (which Next.js
// loads outside its bundle) and by app code such as /api/health (bundled): the
// two see different copies of this module, so the connection and its state
// are process state (lib/process-state.mjs).
import { createClient } from 'redis';
import { processState } from '../process-state.mjs';
import { cacheSettings } from './settings.mjs';

/** While Redis is down, how often to check whether it is back. */
const PROBE_MS = 1000;
/**
 * Timed-out commands in a row before Redis counts as down. A lost connection
 * counts at once; a slow answer on a live connection may only mean this
 * process is saturated (the timeout fires late), and falling back would add
 * database load exactly when the instance is busiest.
 */
const TIMEOUTS_FOR_DOWN = 5;

/**
 * @typedef {'connecting' | 'ok' | 'down' | 'recovering'} RedisState
 * @typedef {object} SharedRedis
 * @property {import('redis').RedisClientType} client
 * @property {() => RedisState} state
 * @property {() => boolean} usable                   true only when commands should go to Redis
 * @property {(error: unknown, options?: { force?: boolean }) => void} markDown  a command failed: after a lost connection (or `force`), stop using Redis until it answers again
 * @property {() => void} succeeded                   a command worked (resets the timeout count)
 * @property {(fn: () => Promise<void>) => void} onRecover  runs before Redis is used again after an outage
 * @property {(ms: number) => Promise<void>} settled  resolves once the first connection attempt is over, or after `ms`
 * @property {() => Promise<void>} close
 */

/** The process's Redis connection, or null when REDIS_URL is unset. */
export function sharedRedis() {
  return processState('redis', create);
}

/** @returns {SharedRedis | null} */
function create() {
  const { redisUrl, timeoutMs } = cacheSettings();
  if (!redisUrl) return null;
  /** @type {import('redis').RedisClientType} */
  const client = createClient({
    url: redisUrl,
    // While disconnected, fail commands at once instead of queueing them: the
    // handler falls back and the page is served without waiting.
    disableOfflineQueue: true,
    // Notices a silently dead connection even when no command is running.
    pingInterval: 5000,
    socket: {
      connectTimeout: timeoutMs,
      // Retry forever, backing off to one try every 2 s.
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  /** @type {RedisState} */
  let state = 'connecting';
  /** @type {Array<() => Promise<void>>} */
  const recoverHooks = [];
  /** @type {NodeJS.Timeout | undefined} */
  let probe;
  let closing = false;
  /** @type {() => void} */
  let settle = () => {};
  const firstAttempt = new Promise((resolve) => (settle = () => resolve(undefined)));

  let timeouts = 0;

  /**
   * @param {unknown} error
   * @param {{ force?: boolean }} [options]
   */
  const markDown = (error, options = {}) => {
    settle();
    if (closing || state === 'down') return;
    const timedOut = error instanceof Error && /abort|timeout/i.test(`${error.name} ${error.message}`);
    if (timedOut && client.isReady && !options.force && ++timeouts < TIMEOUTS_FOR_DOWN) return;
    timeouts = 0;
    state = 'down';
    // Logged once per outage, not once per failed command.
    console.warn(
      `[cache] Redis unavailable (${error instanceof Error ? error.message : String(error)}): ` +
        'pages are served from the database, without the shared cache, until it is back.',
    );
    probe ??= setInterval(checkBack, PROBE_MS);
    probe.unref();
  };

  // After an outage the shared cache may hold pages that a publish made while
  // Redis was unreachable should have expired: the recover hooks drop them first.
  const recover = async () => {
    if (state === 'recovering' || closing) return;
    state = 'recovering';
    try {
      for (const hook of recoverHooks) await hook();
      state = 'ok';
      clearInterval(probe);
      probe = undefined;
      console.warn('[cache] Redis is back: the shared cache is in use again.');
    } catch (error) {
      state = 'ok'; // let markDown log the new failure
      markDown(error);
    }
  };

  const checkBack = async () => {
    if (!client.isReady || state !== 'down') return;
    try {
      await client.withAbortSignal(AbortSignal.timeout(timeoutMs)).ping();
      await recover();
    } catch {
      // Still down; the next tick tries again.
    }
  };

  client.on('ready', () => {
    settle();
    if (state === 'connecting') state = 'ok';
    else if (state === 'down') void recover();
  });
  // Without an 'error' listener a lost connection would crash the process.
  client.on('error', (error) => markDown(error));
  client.connect().catch((error) => markDown(error));

  return {
    client,
    state: () => state,
    usable: () => state === 'ok' && client.isReady,
    markDown,
    succeeded: () => void (timeouts = 0),
    onRecover: (fn) => void recoverHooks.push(fn),
    settled: (ms) => Promise.race([firstAttempt, new Promise((r) => setTimeout(r, ms).unref())]).then(() => undefined),
    async close() {
      closing = true;
      clearInterval(probe);
      if (client.isOpen) await client.close().catch(() => client.destroy());
    },
  };
}
