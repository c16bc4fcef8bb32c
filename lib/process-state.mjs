// @ts-check
// State that must outlive a module instance: Next bundles proxy.ts,
// instrumentation and the app separately, loads the cache handler outside its
// bundler, and the dev server reloads modules; yet one process needs one
// database pool, one compile pool, one scheduler, one Redis connection.
// Every such value is kept here, under a key registered in PROCESS_STATE, so
// the whole list is in one place (docs/ARCHITECTURE.md, "Process state";
// lib/process-state.test.ts fails when a key is used but not listed, or listed
// but unused).
//
// Plain JavaScript (types in process-state.d.mts) because the cache handler
// (lib/cache/redis-client.mjs) imports it and runs in Node as is. Every copy of
// this module (one per bundle) reaches the same Map through Symbol.for.

/** Every key a module may keep process state under, with what it holds. */
export const PROCESS_STATE = Object.freeze({
  db: 'the Kysely connection and its dialect (lib/db/connection.ts)',
  dbReady: 'the migration run, awaited once per process (lib/db/ready.ts)',
  dbHealth: 'the health tracker shared by proxy.ts and the app (lib/db/health.ts)',
  draining: 'whether SIGTERM has started a drain (lib/shutdown.ts)',
  compilePool: 'the MDX compile worker pool (lib/mdx/budget.ts)',
  importPool: 'the import workers: posts parsed and converted, archives unpacked, within a budget (lib/import/off-thread.ts)',
  scheduler: 'the scheduled-publish timer and its in-flight flag (lib/recaps/scheduler.ts)',
  requestHooks: 'hooks run on every request (lib/workarounds/request-hook.ts)',
  peerAddress: 'whether the peer-address hook is installed (lib/auth/peer-address.ts)',
  redis: 'the shared Redis client (lib/cache/redis-client.mjs)',
  recapBodies: 'compiled recap bodies by content hash, an LRU bounded in bytes (lib/recaps/body-cache.ts)',
  recentReads: 'the last public reads, bounded in bytes, served while the database is down (lib/recaps/recent-reads.ts)',
  facetOptions: 'the site-wide year and city counts (and tag counts by event), kept per catalog version and listing language (lib/recaps/recap-facets.ts)',
  readModelSync: 'the start-up load of git-managed and stale database recaps into the read model (lib/recaps/read-model-sync.ts)',
});

const STORE = Symbol.for('meetup-portal.process-state');

/** @returns {Map<string, unknown>} */
function store() {
  const g = /** @type {Record<symbol, Map<string, unknown> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[STORE] ??= new Map());
}

/**
 * The process-wide value under `key`, created by `init` on first use.
 * @template T
 * @param {keyof typeof PROCESS_STATE} key
 * @param {() => T} init
 * @returns {T}
 */
export function processState(key, init) {
  const s = store();
  if (!s.has(key)) s.set(key, init());
  return /** @type {T} */ (s.get(key));
}

/**
 * Replaces the value under `key` (undefined forgets it).
 * @param {keyof typeof PROCESS_STATE} key
 * @param {unknown} value
 */
export function setProcessState(key, value) {
  if (value === undefined) store().delete(key);
  else store().set(key, value);
}

/**
 * The keys that hold a value in this process now. Tests and the health page.
 * @returns {Array<keyof typeof PROCESS_STATE>}
 */
export function liveProcessStateKeys() {
  return /** @type {Array<keyof typeof PROCESS_STATE>} */ ([...store().keys()]);
}
