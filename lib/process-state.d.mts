/** Every key a module may keep process state under, with what it holds. */
export declare const PROCESS_STATE: Readonly<{
  db: string;
  dbReady: string;
  dbHealth: string;
  draining: string;
  compilePool: string;
  importPool: string;
  scheduler: string;
  requestHooks: string;
  peerAddress: string;
  redis: string;
  recapBodies: string;
  recentReads: string;
  facetOptions: string;
  readModelSync: string;
}>;

export type ProcessStateKey = keyof typeof PROCESS_STATE;

/** The process-wide value under `key`, created by `init` on first use. */
export function processState<T>(key: ProcessStateKey, init: () => T): T;
/** Replaces the value under `key` (undefined forgets it). */
export function setProcessState<T>(key: ProcessStateKey, value: T | undefined): void;
/** The keys that hold a value in this process now. Tests and the health page. */
export function liveProcessStateKeys(): ProcessStateKey[];
