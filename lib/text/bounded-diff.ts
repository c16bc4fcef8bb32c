import { diffLines, type ChangeObject } from 'diff';

/**
 * Edits (inserted or deleted lines) beyond which a line diff is not worth
 * showing: a person cannot review more, and Myers' algorithm costs time
 * proportional to the text length times the number of edits.
 */
export const MAX_DIFF_EDITS = 1_000;
/** Wall time the diff of the changed middle may take before it is given up (it runs on a server request or in the browser's only thread). */
export const DIFF_TIMEOUT_MS = 30;

/** Lines with their line ends, so that joining them gives the text back. */
const splitLines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/**
 * Line diff from `from` to `to`, or null when it would take more than
 * MAX_DIFF_EDITS edits or DIFF_TIMEOUT_MS: the caller then offers both texts
 * to download. The unchanged head and tail are set aside first (linear), so a
 * few edits in a long text stay cheap. Pure; for the history page (server)
 * and the conflict panel (browser).
 */
export function boundedLineDiff(from: string, to: string, limits: { maxEdits?: number; timeoutMs?: number } = {}): ChangeObject<string>[] | null {
  const a = splitLines(from);
  const b = splitLines(to);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = diffLines(a.slice(head, a.length - tail).join(''), b.slice(head, b.length - tail).join(''), {
    maxEditLength: limits.maxEdits ?? MAX_DIFF_EDITS,
    timeout: limits.timeoutMs ?? DIFF_TIMEOUT_MS,
  });
  if (!middle) return null;
  const same = (lines: string[]): ChangeObject<string>[] =>
    lines.length ? [{ value: lines.join(''), count: lines.length, added: false, removed: false }] : [];
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}
