import { compileBody } from '@/lib/mdx/compile';
import { checkRecap, describeProblems, type GateOptions } from '@/lib/recaps/validation-gate';

// Every converted post goes through the portal's own gate (validation-gate.ts)
// before anything is written. How it compiles and whether it also renders
// depends on who imports: the command line compiles in process and renders
// like content:check (render-gate.ts); the server (the admin's upload)
// compiles in the budgeted worker pool and never bundles react-dom/server.

export type ImportGate = (text: string) => Promise<{ ok: boolean; problems: string[] }>;

export function fileGate(options: GateOptions = {}): ImportGate {
  return async (text) => {
    const check = await checkRecap({ source: 'file', text }, options);
    return { ok: check.ok, problems: check.ok ? [] : describeProblems(check) };
  };
}

/** Compiles in this process: for the command line and tests, which own their process. */
export const inProcessCompile: NonNullable<GateOptions['compile']> = async (body) => ({ ...compileBody(body), bytes: Buffer.byteLength(body) });

/** The gate when none is given: in process, without the HTML render. */
export const defaultGate = fileGate({ compile: inProcessCompile });
