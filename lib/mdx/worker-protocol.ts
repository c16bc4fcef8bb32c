import type { Compiled, CompiledBody } from './compile';

/** One body to compile, sent to a compile worker. */
export interface CompileTask {
  id: number;
  body: string;
  lineOffset: number;
}

/**
 * The worker's answer; `bytes` estimates what the result holds in memory, for
 * byte-bounded caches; `heapMb` is the worker's V8 heap after the job.
 */
export interface CompileReply {
  id: number;
  result: Compiled<CompiledBody>;
  bytes: number;
  heapMb: number;
}
