import fs from 'node:fs';
import os from 'node:os';
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import type { CompileReply, CompileTask } from './worker-protocol';

/** How a job ended: an answer, or the worker was stopped for exceeding its budget or died. */
export type JobOutcome<Reply = CompileReply> = { kind: 'done'; reply: Reply } | { kind: 'time' } | { kind: 'memory' } | { kind: 'crashed'; reason: string };

/** What every worker's answer carries besides its own fields: the job it answers, and the worker's V8 heap after it. */
export interface WorkerReply {
  id: number;
  heapMb: number;
}

/**
 * A request from a worker to the thread that runs the pool, in the middle of
 * a job (an import worker asks it to store an image in the database). The
 * worker's clock stops while it waits for the answer.
 */
export interface HostCall {
  call: number;
  payload: unknown;
}

/** The pool's answer to a `HostCall`. */
export interface HostAnswer {
  answer: number;
  value?: unknown;
  error?: string;
}

interface Job<Task, Reply> {
  id: number;
  task: Task;
  transfer: Transferable[];
  timeoutMs: number;
  resolve: (outcome: JobOutcome<Reply>) => void;
}

interface Slot<Task, Reply> {
  worker: Worker;
  ready: boolean;
  /** The worker thread's kernel id (Linux), to read its CPU time. */
  tid?: number;
  job?: Job<Task, Reply>;
  timer?: NodeJS.Timeout;
  /** Host calls of the running job not answered yet, since when, and how long such waits took so far. */
  calls: number;
  waitingSince?: number;
  waitedMs: number;
  /** Why the worker is going away, set before it exits. */
  ending?: JobOutcome<Reply>;
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
  /**
   * Starts one worker. Each pool names its entry here with a literal
   * `new Worker(new URL('./x.bundle.mjs', import.meta.url))`, which Next's
   * bundler can trace (see below); the compile worker by default.
   */
  spawn?: (resourceLimits: ResourceLimits) => Worker;
  /** Answers a worker's `HostCall` (none: the call fails). */
  onCall?: (payload: unknown) => Promise<unknown>;
  /** Names the pool in the server's log. */
  name?: string;
}

/**
 * A few long-lived workers and a FIFO queue, each job within a time and
 * memory budget. Each worker takes one task at a time; its clock starts when
 * it receives the task (not while the task waits, nor while a new worker
 * loads, nor while the worker waits for a `HostCall`). A worker that runs
 * over its time is terminated, one that runs out of its V8 heap
 * (`resourceLimits`) is killed by Node, and either way a fresh worker
 * replaces it for the next task. The compile pool (CompilePool below) and
 * the import pool (lib/import/off-thread.ts) are two of these.
 *
 * Hand-written rather than piscina or tinypool: those libraries start their
 * own worker script, which imports the task file by a path computed at run
 * time; Next's bundler cannot see that path, so the task file would be missing
 * from the build (and from the standalone output). The literal
 * `new Worker(new URL(…, import.meta.url))` in each `spawn` is what it can trace.
 */
export class WorkerPool<Task extends object, Reply extends WorkerReply> {
  private readonly slots = new Set<Slot<Task, Reply>>();
  private readonly queue: Job<Task, Reply>[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** Runs `task` (posted as `{ id, ...task }`) on the next free worker; `transfer` moves buffers instead of copying them. */
  enqueue(task: Task, timeoutMs: number, transfer: Transferable[] = []): Promise<JobOutcome<Reply>> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, transfer, timeoutMs, resolve });
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

  private dispatch(slot: Slot<Task, Reply>, job: Job<Task, Reply>) {
    slot.job = job;
    slot.waitedMs = 0;
    slot.worker.ref();
    // The budget is processor time where the kernel tells it (the task's own
    // cost, whatever else the machine runs), with wall time as a backstop;
    // time spent waiting for the host does not count.
    const cpuStart = threadCpuMs(slot.tid);
    const wallStart = performance.now();
    slot.timer = setInterval(
      () => {
        const cpu = threadCpuMs(slot.tid);
        const now = performance.now();
        const waited = slot.waitedMs + (slot.waitingSince === undefined ? 0 : now - slot.waitingSince);
        const overCpu = cpu !== undefined && cpuStart !== undefined && cpu - cpuStart > job.timeoutMs;
        const overWall = now - wallStart - waited > (cpuStart === undefined ? job.timeoutMs : job.timeoutMs * WALL_FACTOR);
        if (!overCpu && !overWall) return;
        clearInterval(slot.timer);
        slot.ending = { kind: 'time' };
        void slot.worker.terminate();
      },
      Math.min(100, job.timeoutMs / 4),
    );
    slot.worker.postMessage({ id: job.id, ...job.task }, job.transfer);
  }

  private answer(slot: Slot<Task, Reply>, message: HostCall) {
    if (slot.calls++ === 0) slot.waitingSince = performance.now();
    const call = this.options.onCall ? this.options.onCall(message.payload) : Promise.reject(new Error('this pool answers no calls'));
    void call
      .then(
        (value) => ({ answer: message.call, value }) satisfies HostAnswer,
        (error: unknown) => ({ answer: message.call, error: error instanceof Error ? error.message : String(error) }) satisfies HostAnswer,
      )
      .then((reply) => {
        if (--slot.calls === 0 && slot.waitingSince !== undefined) {
          slot.waitedMs += performance.now() - slot.waitingSince;
          slot.waitingSince = undefined;
        }
        // A worker stopped meanwhile has no one to answer.
        if (this.slots.has(slot)) slot.worker.postMessage(reply);
      });
  }

  private spawn() {
    const resourceLimits = { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 };
    const worker = (this.options.spawn ?? spawnCompileWorker)(resourceLimits);
    const slot: Slot<Task, Reply> = { worker, ready: false, calls: 0, waitedMs: 0 };
    const name = this.options.name ?? 'compile';
    this.slots.add(slot);
    worker.unref();
    worker.on('message', (message: Reply | HostCall | { ready: true; tid?: number; heapMb?: number }) => {
      if ('call' in message) return this.answer(slot, message);
      if ('ready' in message) {
        slot.ready = true;
        slot.tid = message.tid;
        slot.smallestHeapMb = message.heapMb;
      } else if (slot.job && message.id === slot.job.id) {
        clearInterval(slot.timer);
        const job = slot.job;
        slot.job = undefined;
        slot.waitingSince = undefined;
        worker.unref();
        job.resolve({ kind: 'done', reply: message });
        // Measured against the heap the worker had once loaded (which differs between the
        // bundle and the TypeScript source), or the smallest since: only a task's growth counts.
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
        console.error(`[${name}] worker failed to start: ${outcome.kind === 'crashed' ? outcome.reason : outcome.kind}`);
        for (const job of this.queue.splice(0)) job.resolve(outcome);
        return;
      }
      // Replace a worker stopped mid-job at once, so the next task does not wait for one to load.
      if (!this.closed && this.slots.size < this.options.size) this.spawn();
      this.pump();
    });
  }
}

/** The MDX compile workers (lib/mdx/budget.ts): one body at a time. */
export class CompilePool {
  private readonly pool: WorkerPool<Omit<CompileTask, 'id'>, CompileReply>;

  constructor(options: Omit<PoolOptions, 'spawn' | 'onCall'>) {
    this.pool = new WorkerPool({ ...options, spawn: spawnCompileWorker });
  }

  submit(body: string, lineOffset: number, timeoutMs: number): Promise<JobOutcome> {
    return this.pool.enqueue({ body, lineOffset }, timeoutMs);
  }

  stats() {
    return this.pool.stats();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function spawnCompileWorker(resourceLimits: ResourceLimits): Worker {
  return process.env.NEXT_RUNTIME
    ? new Worker(new URL('./compile-worker.bundle.mjs', import.meta.url), { resourceLimits })
    : workerFromSource(import.meta.url.replace(/worker-pool\.ts$/, 'compile-worker.ts'), resourceLimits);
}

/**
 * Under Next (dev and production) a worker is its bundle (compile-worker.bundle.mjs,
 * lib/import/import-worker.bundle.mjs), built by scripts/build-mdx-worker.mjs before
 * `next build`/`next dev`; Next copies it into its output as an asset of the
 * module that names it and the URL points at the copy. From source (Vitest,
 * tsx scripts, benchmarks) the worker is the TypeScript itself, with `@/`
 * imports: it registers tsx first, so tests never run a stale bundle.
 * (`execArgv: ['--import', 'tsx']` does not reach a worker's entry module on
 * Node 20.) `server-only` resolves to an empty module there, as in scripts/import.ts.
 */
export function workerFromSource(entry: string, resourceLimits: ResourceLimits): Worker {
  return new Worker(FROM_SOURCE, { eval: true, resourceLimits, workerData: { entry } });
}

const FROM_SOURCE = `
const { workerData } = require('node:worker_threads');
const { register } = require('node:module');
const hook = 'export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : n(s, c); }';
register('data:text/javascript,' + encodeURIComponent(hook));
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** On a machine so loaded that a worker gets a sixth of a core, a task within its CPU budget may take this many times as long. */
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
