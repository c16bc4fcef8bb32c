import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompileReply, CompileTask } from './worker-protocol';

/** How a job ended: an answer, or the worker was stopped for exceeding its budget or died. */
export type JobOutcome = { kind: 'done'; reply: CompileReply } | { kind: 'time' } | { kind: 'memory' } | { kind: 'crashed'; reason: string };

interface Job {
  id: number;
  body: string;
  lineOffset: number;
  timeoutMs: number;
  resolve: (outcome: JobOutcome) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The worker thread's kernel id (Linux), to read its CPU time. */
  tid?: number;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Why the worker is going away, set before it exits. */
  ending?: JobOutcome;
  /** Replaced after a job for its heap size: takes no further job. */
  retired?: boolean;
  /** The heap once loaded (or the smallest after a job since): the worker's own cost, without a body's. */
  smallestHeapMb?: number;
}

export interface PoolOptions {
  size: number;
  memoryMb: number;
  /**
   * A worker whose V8 heap after a job has grown by more than this over the
   * smallest it has had is replaced. V8
   * lets an idle heap stay as large as it ever grew (up to `memoryMb`), which
   * the server's resident memory would carry; a fresh worker starts small.
   */
  recycleHeapMb?: number;
}

/**
 * A few long-lived compile workers and a FIFO queue. Each worker takes one
 * body at a time; its clock starts when it receives the body (not while the
 * body waits, nor while a new worker loads). A worker that runs over its time
 * is terminated, one that runs out of its V8 heap (`resourceLimits`) is killed
 * by Node, and either way a fresh worker replaces it for the next body.
 *
 * Hand-written rather than piscina or tinypool: those libraries start their
 * own worker script, which imports the task file by a path computed at run
 * time; Next's bundler cannot see that path, so the task file would be missing
 * from the build (and from the standalone output). The literal
 * `new Worker(new URL(…, import.meta.url))` below is what it can trace.
 */
export class CompilePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  submit(body: string, lineOffset: number, timeoutMs: number): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, body, lineOffset, timeoutMs, resolve });
      this.pump();
    });
  }

  /** Workers alive and jobs waiting, for tests and benchmarks. */
  stats() {
    return { workers: this.slots.size, busy: [...this.slots].filter((s) => s.job).length, queued: this.queue.length };
  }

  /** Stops every worker; queued and running jobs end as crashed. For tests. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'crashed', reason: 'the pool was closed' });
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private pump() {
    if (this.closed) {
      for (const job of this.queue.splice(0)) job.resolve({ kind: 'crashed', reason: 'the pool was closed' });
      return;
    }
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.ready && !slot.retired && !slot.job) this.dispatch(slot, this.queue.shift()!);
    }
    const loading = [...this.slots].filter((s) => !s.ready && !s.retired).length;
    if (this.queue.length > loading && this.slots.size < this.options.size) this.spawn();
  }

  private dispatch(slot: Slot, job: Job) {
    slot.job = job;
    slot.worker.ref();
    // The budget is processor time where the kernel tells it (the body's own
    // cost, whatever else the machine runs), with wall time as a backstop.
    const cpuStart = threadCpuMs(slot.tid);
    const wallStart = performance.now();
    slot.timer = setInterval(
      () => {
        const cpu = threadCpuMs(slot.tid);
        const overCpu = cpu !== undefined && cpuStart !== undefined && cpu - cpuStart > job.timeoutMs;
        const overWall = performance.now() - wallStart > (cpuStart === undefined ? job.timeoutMs : job.timeoutMs * WALL_FACTOR);
        if (!overCpu && !overWall) return;
        clearInterval(slot.timer);
        slot.ending = { kind: 'time' };
        void slot.worker.terminate();
      },
      Math.min(100, job.timeoutMs / 4),
    );
    slot.worker.postMessage({ id: job.id, body: job.body, lineOffset: job.lineOffset } satisfies CompileTask);
  }

  private spawn() {
    const resourceLimits = { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 };
    const worker = process.env.NEXT_RUNTIME
      ? new Worker(new URL('./compile-worker.bundle.mjs', import.meta.url), { resourceLimits })
      : new Worker(FROM_SOURCE, { eval: true, resourceLimits, workerData: { entry: import.meta.url.replace(/worker-pool\.ts$/, 'compile-worker.ts') } });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.unref();
    worker.on('message', (message: CompileReply | { ready: true; tid?: number; heapMb?: number }) => {
      if ('ready' in message) {
        slot.ready = true;
        slot.tid = message.tid;
        slot.smallestHeapMb = message.heapMb;
      } else if (slot.job && message.id === slot.job.id) {
        clearInterval(slot.timer);
        const job = slot.job;
        slot.job = undefined;
        worker.unref();
        job.resolve({ kind: 'done', reply: message });
        // Measured against the heap the worker had once loaded (which differs between the
        // bundle and the TypeScript source), or the smallest since: only a body's growth counts.
        slot.smallestHeapMb = Math.min(slot.smallestHeapMb ?? Infinity, message.heapMb);
        if (message.heapMb - slot.smallestHeapMb > (this.options.recycleHeapMb ?? Infinity)) {
          slot.retired = true; // its exit spawns the replacement
          void worker.terminate();
          return;
        }
      }
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      slot.ending ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'crashed', reason: error.message.split('\n')[0] };
    });
    worker.on('exit', () => {
      clearInterval(slot.timer);
      this.slots.delete(slot);
      const outcome = slot.ending ?? { kind: 'crashed', reason: 'the worker exited' };
      if (slot.job) slot.job.resolve(outcome);
      else if (!slot.ready && !slot.retired) {
        // It never loaded: another would not either. Fail what waits instead of respawning forever.
        console.error(`[mdx] compile worker failed to start: ${outcome.kind === 'crashed' ? outcome.reason : outcome.kind}`);
        for (const job of this.queue.splice(0)) job.resolve(outcome);
        return;
      }
      // Replace a worker stopped mid-job at once, so the next body does not wait for one to load.
      if (!this.closed && this.slots.size < this.options.size) this.spawn();
      this.pump();
    });
  }
}

/**
 * Under Next (dev and production) the worker is compile-worker.bundle.mjs,
 * built by scripts/build-mdx-worker.mjs before `next build`/`next dev`; Next
 * copies it into its output as an asset of this module and the URL points at
 * the copy. From source (Vitest, tsx scripts, benchmarks) the worker is the
 * TypeScript itself, with `@/` imports: it registers tsx first, so tests never
 * run a stale bundle. (`execArgv: ['--import', 'tsx']` does not reach a
 * worker's entry module on Node 20.)
 */
const FROM_SOURCE = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** On a machine so loaded that a worker gets a sixth of a core, a body within its CPU budget may take this many times as long. */
const WALL_FACTOR = 6;

/** CPU time (user + system) a thread of this process has used, in ms, from /proc; undefined where unknown. */
function threadCpuMs(tid: number | undefined): number | undefined {
  if (!tid) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of proc(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Workers: enough that one hostile body does not queue everyone else's, few enough to leave the request thread a core. */
export function defaultPoolSize(): number {
  return Math.min(4, Math.max(2, os.availableParallelism() - 1));
}
