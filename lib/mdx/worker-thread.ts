import { readlinkSync } from 'node:fs';
import os from 'node:os';

// What every budgeted worker (compile-worker.ts, lib/import/import-worker.ts)
// does to its own thread before it takes work.

/** Nice value of a worker thread: the request thread wins the CPU whenever both want it. */
const WORKER_NICE = 10;

/**
 * On Linux a thread has its own nice value, set through its thread id.
 * Elsewhere there is none: the budget still holds, the workers merely compete
 * with the request thread as equals.
 */
export function lowerThreadPriority(tid: number) {
  try {
    os.setPriority(tid, WORKER_NICE);
  } catch {
    // not permitted: the workers compete with the request thread as equals
  }
}

/** This thread's kernel id on Linux (the pool reads its CPU time by it), else undefined. */
export function threadId(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined; // not Linux, or /proc is not mounted
  }
}
