import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Diagnostic } from './diagnostic';
import { describeParseError } from './error-catalog';

// Only the parser of this processor is used: MDX syntax (with acorn parsing,
// never running, any expression) plus GFM. Nothing is compiled to JavaScript.
const processor = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

export type ParseResult = { ok: true; tree: Root } | { ok: false; diagnostic: Diagnostic };

/** Parses an MDX body into mdast, turning syntax errors into a positioned diagnostic. */
export function parseBody(body: string, lineOffset = 0): ParseResult {
  try {
    return { ok: true, tree: processor.parse(body) as Root };
  } catch (error) {
    // The error catalog words the slip for a person and points at where to act.
    return { ok: false, diagnostic: describeParseError(error, body, lineOffset) };
  }
}
