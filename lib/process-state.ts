// State that must outlive a module instance: Next bundles proxy.ts,
// instrumentation and the app separately, and the dev server reloads modules,
// yet one process needs one database pool, one compile pool, one scheduler.
// Every such value is kept here, under a key registered in PROCESS_STATE, so
// the whole list is in one place (docs/ARCHITECTURE.md, "Process state").

/** Every key a module may keep process state under, with what it holds. */
export const PROCESS_STATE = {
  db: 'the Kysely connection (lib/db/connection.ts)',
  dbReady: 'the migration run, awaited once per process (lib/db/ready.ts)',
  dbHealth: 'the health tracker shared by proxy.ts and the app (lib/db/health.ts)',
  draining: 'whether SIGTERM has started a drain (lib/shutdown.ts)',
  compilePool: 'the MDX compile worker pool (lib/mdx/budget.ts)',
  scheduler: 'the scheduled-publish timer and its in-flight flag (lib/recaps/scheduler.ts)',
  requestHooks: 'hooks run on every request (lib/server/on-request.ts)',
  peerAddress: 'whether the peer-address hook is installed (lib/auth/peer-address.ts)',
  redis: 'the shared Redis client (lib/cache/redis-client.mjs)',
  recapBodies: 'compiled recap bodies by content hash, an LRU bounded in bytes (lib/recaps/body-cache.ts)',
  recentReads: 'the last public reads, bounded in bytes, served while the database is down (lib/recaps/recent-reads.ts)',
  readModelSync: 'the start-up load of git-managed and stale database recaps into the read model (lib/recaps/read-model-sync.ts)',
} as const;

export type ProcessStateKey = keyof typeof PROCESS_STATE;

const STORE = Symbol.for('meetup-portal.process-state');
type Store = Map<ProcessStateKey, unknown>;

function store(): Store {
  const g = globalThis as typeof globalThis & { [STORE]?: Store };
  return (g[STORE] ??= new Map());
}

/** The process-wide value under `key`, created by `init` on first use. */
export function processState<T>(key: ProcessStateKey, init: () => T): T {
  const s = store();
  if (!s.has(key)) s.set(key, init());
  return s.get(key) as T;
}

/** Replaces the value under `key` (undefined forgets it). */
export function setProcessState<T>(key: ProcessStateKey, value: T | undefined): void {
  if (value === undefined) store().delete(key);
  else store().set(key, value);
}

/** The keys that hold a value in this process now. Tests and the health page. */
export function liveProcessStateKeys(): ProcessStateKey[] {
  return [...store().keys()];
}
