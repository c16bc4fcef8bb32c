import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { sortDiagnostics, type Diagnostic } from './diagnostic';
import { checkLimits, MAX_NODES, tooComplex } from './limits';
import { parseBody } from './parse';
import { extractTalks, type TalkInfo } from './talks';
import { bodyToHast } from './to-hast';
import { trialConversion } from './trial-conversion';
import { validateTree } from './validate';

export interface CompiledBody {
  /** The validated mdast, for text extraction (search). */
  tree: Root;
  /** What `renderBody` draws: the same content as hast, positions dropped. */
  hast: HastRoot;
  talks: TalkInfo[];
}

export type Compiled<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The one pipeline for a recap body, wherever it comes from: size, depth and
 * volume limits, MDX parse, allow-list check, talk extraction, conversion to
 * hast. Never evaluates code. Synchronous and unbounded in time: call it
 * directly only for trusted input (git-managed files, tests) and from the
 * compile worker; anything an organizer typed goes through
 * `compileBodyBudgeted` (lib/mdx/budget.ts), off the request thread.
 */
export function compileBody(source: string, lineOffset = 0): Compiled<CompiledBody> {
  // A lone surrogate parses, but throws later in encodeURIComponent (speaker
  // and anchor links) while rendering: replace it with U+FFFD, as browsers do.
  // Same length, so positions are unchanged.
  const body = source.toWellFormed();
  const limit = checkLimits(body, lineOffset);
  if (limit) return { ok: false, diagnostics: [limit] };
  const parsed = parseBody(body, lineOffset);
  if (!parsed.ok) return { ok: false, diagnostics: [parsed.diagnostic] };
  const nodes = countNodes(parsed.tree);
  if (nodes > MAX_NODES) {
    const reason = `it has ${nodes.toLocaleString('en')} elements (paragraphs, words, links, emphasis…); the limit is ${MAX_NODES.toLocaleString('en')}`;
    return { ok: false, diagnostics: [{ line: lineOffset + 1, column: 1, message: tooComplex(reason) }] };
  }
  const problems = validateTree(parsed.tree, lineOffset, body);
  if (problems.length) return { ok: false, diagnostics: sortDiagnostics(problems) };
  const talks = extractTalks(parsed.tree);
  const hast = bodyToHast(parsed.tree);
  const failed = trialConversion(hast, lineOffset);
  if (failed) return { ok: false, diagnostics: [failed] };
  return { ok: true, value: { tree: parsed.tree, hast, talks } };
}

/** Nodes in a tree, iteratively (the tree may be deep). */
function countNodes(tree: Root): number {
  let n = 0;
  const stack: Array<{ children?: unknown[] }> = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    n++;
    if (node.children) for (const child of node.children) stack.push(child as { children?: unknown[] });
  }
  return n;
}
