import { compileBody } from '@/lib/mdx/compile';
import { checkRecap, describeProblems, type GateOptions } from '@/lib/recaps/validation-gate';

// Every converted post goes through the portal's own gate (validation-gate.ts)
// before anything is written. Imports run it in their import worker
// (import-worker.ts), compiled in that thread within the post's budget, with
// the HTML render content:check uses when the command line asks for it
// (`render`); the server's uploads never render.

export type ImportGate = (text: string) => Promise<{ ok: boolean; problems: string[] }>;

export function fileGate(options: GateOptions = {}): ImportGate {
  return async (text) => {
    const check = await checkRecap({ source: 'file', text }, options);
    return { ok: check.ok, problems: check.ok ? [] : describeProblems(check) };
  };
}

/** Compiles in this process: for the import workers and tests. */
export const inProcessCompile: NonNullable<GateOptions['compile']> = async (body) => ({ ...compileBody(body), bytes: Buffer.byteLength(body) });

/** The gate when none is given: in process, without the HTML render. */
export const defaultGate = fileGate({ compile: inProcessCompile });
