import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Diagnostic } from './diagnostic';

// Only the parser of this processor is used: MDX syntax (with acorn parsing,
// never running, any expression) plus GFM. Nothing is compiled to JavaScript.
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

export type ParseResult = { ok: true; tree: Root } | { ok: false; diagnostic: Diagnostic };

// Positions quoted in a reason, `(3:1)` or `(3:1-3:30)`, are body positions.
const QUOTED_POSITION = /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g;

/** Parses an MDX body into mdast, turning syntax errors into a positioned diagnostic. */
export function parseBody(body: string, lineOffset = 0): ParseResult {
  try {
    return { ok: true, tree: processor.parse(body) as Root };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string; place?: unknown };
    const reason = (e.reason ?? e.message ?? 'could not parse').split('\n')[0];
    // Some errors (an unclosed `<Talk>`) carry no place of their own, only
    // the position of the tag in their text: point there, not at line 1.
    const quoted = /\((\d+):(\d+)/.exec(reason);
    const line = e.line ?? (quoted ? Number(quoted[1]) : 1);
    const column = e.column ?? (quoted ? Number(quoted[2]) : 1);
    const shifted = reason.replace(QUOTED_POSITION, (_, l1, c1, l2, c2) =>
      l2 === undefined ? `(${Number(l1) + lineOffset}:${c1})` : `(${Number(l1) + lineOffset}:${c1}-${Number(l2) + lineOffset}:${c2})`,
    );
    return { ok: false, diagnostic: { line: line + lineOffset, column, message: `MDX syntax error: ${shifted}` } };
  }
}
