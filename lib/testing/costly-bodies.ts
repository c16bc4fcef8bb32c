import { MAX_BODY_BYTES } from '@/lib/mdx/limits';

/** Just under the body limit, so only the volume limits and the budget can refuse these. */
const BUDGET = MAX_BODY_BYTES - 4 * 1024;

/** `unit` repeated to fill `bytes`. */
export function fill(unit: string, bytes = BUDGET): string {
  return unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
}

/**
 * Bodies under 500 KB that each cost the parser or the renderer seconds to
 * minutes when compiled unbounded: quadratic list looseness in
 * mdast-util-to-hast, quadratic emphasis and label pairing in micromark, and
 * plain volume. Shared by the unit tests, the responsiveness e2e test and the
 * budget benchmark; every one must be refused with "too complex to render".
 */
export const COSTLY_BODIES: Array<{ name: string; body: string }> = [
  { name: 'tight list of 120,000 items', body: fill('- a\n') },
  { name: 'tight ordered list', body: fill('1. a\n') },
  { name: 'nested tight lists, 2 levels', body: fill('- a\n  - b\n') },
  { name: 'task list', body: fill('- [ ] a\n') },
  { name: 'run of *a emphasis openers', body: fill('*a') },
  { name: 'run of **a strong openers', body: fill('**a') },
  { name: 'run of _a openers', body: fill('_a') },
  { name: 'run of ~a strikethrough openers', body: fill('~a') },
  { name: 'mixed *a_b emphasis', body: fill('*a_b ') },
  { name: 'run of \\* escapes', body: fill('\\*') },
  { name: 'run of [a] labels', body: fill('[a]') },
  { name: 'run of ![a] image labels', body: fill('![a]') },
  { name: '170,000 paragraphs', body: fill('a\n\n') },
  { name: 'headings', body: fill('# a\n') },
  { name: 'blockquote lines', body: fill('> a\n') },
  { name: 'table rows', body: `| a | b |\n|---|---|\n${fill('| a | b |\n', BUDGET - 30)}` },
  { name: 'one paragraph of inline code', body: fill('`a` ') },
  { name: 'one paragraph of links', body: fill('[a](/b) ') },
  { name: 'one paragraph of hard breaks', body: fill('a\\\n') },
  { name: 'thematic breaks', body: fill('***\n\n') },
];
