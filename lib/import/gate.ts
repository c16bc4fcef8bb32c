import { checkRender } from '@/lib/mdx/check-render';
import { compileBody } from '@/lib/mdx/compile';
import { checkRecap, describeProblems, type RecapCheck } from '@/lib/recaps/validation-gate';

// Every converted post goes through the portal's own gate (validation-gate.ts)
// before anything is written, with the full render content:check runs. The
// importer is a command an organizer runs on their own files, so the body is
// compiled in this process rather than in the server's budgeted worker pool.

export async function gateImportedFile(text: string): Promise<{ ok: boolean; problems: string[]; check: RecapCheck }> {
  const check = await checkRecap(
    { source: 'file', text },
    { render: checkRender, compile: async (body) => ({ ...compileBody(body), bytes: Buffer.byteLength(body) }) },
  );
  return { ok: check.ok, problems: check.ok ? [] : describeProblems(check), check };
}
