import type { Compiled, CompiledBody } from './compile';
import { tooComplex } from './limits';
import { CompilePool, defaultPoolSize } from './worker-pool';
import { processState } from '@/lib/process-state';

/**
 * Processor time one body may take to compile in a worker (wall time on
 * systems without per-thread CPU accounting; 6× this as a backstop on Linux).
 * The parser needs about 1 s for 400 KB of ordinary prose, a long real recap
 * (200 KB, 20 talks) half that. Counting CPU rather than wall time, a busy
 * server does not refuse bodies that a quiet one accepts.
 */
export const TIME_BUDGET_MS = 10_000;
/** V8 heap of one compile worker; a 500 KB body of ordinary prose needs about a fifth of it. */
export const MEMORY_BUDGET_MB = 256;

/**
 * A worker whose heap after a job has grown by more than this over the
 * smallest it has had is replaced rather than kept resident. V8 gives little
 * back to the system once a heap has grown, so every worker counts against
 * the process's memory at its largest: replacing only above 96 MB, 200 saves
 * of a 200 KB recap grew the server by 130 MB. An ordinary recap (the bundle
 * itself is about 21 MB of heap, a 500-paragraph body about 60 MB) keeps its
 * worker; a large body costs a worker restart, on that worker's own thread.
 */
const RECYCLE_HEAP_MB = 40;

export type BudgetExceeded = 'time' | 'memory' | 'crashed';

/** A compiled body, with a rough size in bytes (for byte-bounded caches) and, when refused by the budget, which limit. */
export type BudgetedCompile = Compiled<CompiledBody> & { bytes: number; exceeded?: BudgetExceeded };

/** One pool per process, whichever bundle of the app asks first (process state). */
const shared = () => processState('compilePool', (): { pool?: CompilePool } => ({}));

function pool(): CompilePool {
  const state = shared();
  return (state.pool ??= new CompilePool({ size: defaultPoolSize(), memoryMb: MEMORY_BUDGET_MB, recycleHeapMb: RECYCLE_HEAP_MB }));
}

/**
 * `compileBody` off the request thread, within a time and memory budget: for
 * every body an organizer typed or stored (previews, autosaves, saves,
 * publishing, public reads of database recaps). A body over budget is refused
 * with a diagnostic at the body's first line ("This recap is too complex to
 * render: …"), never an exception, and never blocks other requests.
 */
export async function compileBodyBudgeted(body: string, options: { lineOffset?: number; timeoutMs?: number } = {}): Promise<BudgetedCompile> {
  const lineOffset = options.lineOffset ?? 0;
  const timeoutMs = options.timeoutMs ?? TIME_BUDGET_MS;
  const outcome = await pool().submit(body, lineOffset, timeoutMs);
  if (outcome.kind === 'done') return { ...outcome.reply.result, bytes: outcome.reply.bytes };
  const reason =
    outcome.kind === 'time'
      ? `checking it took more than ${formatSeconds(timeoutMs)} of processor time`
      : outcome.kind === 'memory'
        ? `checking it needed more than ${MEMORY_BUDGET_MB} MB of memory`
        : `the checker stopped (${outcome.reason})`;
  if (outcome.kind === 'crashed') console.error(`[mdx] compile worker crashed: ${outcome.reason}`);
  const exceeded: BudgetExceeded = outcome.kind;
  return { ok: false, diagnostics: [{ line: lineOffset + 1, column: 1, message: tooComplex(reason) }], bytes: body.length * 2, exceeded };
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * Starts every worker of the pool before a real compile needs one: a cold
 * worker costs a second or more on a busy server, and the first publish or
 * read of a database recap would wait for it. instrumentation.ts only.
 */
export async function warmCompilePool(): Promise<void> {
  await Promise.all(Array.from({ length: defaultPoolSize() }, () => compileBodyBudgeted('A warm-up paragraph.')));
}

/** How many workers run, are busy and are waited for (tests, diagnostics). */
export function compilePoolStats(): ReturnType<CompilePool['stats']> {
  return pool().stats();
}

/** Stops the workers (tests, scripts that want to exit at once); the next compile starts new ones. */
export async function closeCompilePool(): Promise<void> {
  const state = shared();
  const current = state.pool;
  state.pool = undefined;
  await current?.close();
}
