import { diffLines, type ChangeObject } from 'diff';

/**
 * Edits (inserted or deleted lines) beyond which a line diff is not worth
 * showing: a person cannot review more, and Myers' algorithm costs time
 * proportional to the text length times the number of edits.
 */
export const MAX_DIFF_EDITS = 1_000;
/** Wall time a diff may take before it is given up (it runs on a server request or in the browser's only thread). */
export const DIFF_TIMEOUT_MS = 30;

/**
 * Line diff from `from` to `to`, or null when it would take more than
 * MAX_DIFF_EDITS edits or DIFF_TIMEOUT_MS: the caller then offers both texts
 * to download. Pure; for the history page (server) and the conflict panel (browser).
 */
export function boundedLineDiff(from: string, to: string, limits: { maxEdits?: number; timeoutMs?: number } = {}): ChangeObject<string>[] | null {
  const changes = diffLines(from, to, { maxEditLength: limits.maxEdits ?? MAX_DIFF_EDITS, timeout: limits.timeoutMs ?? DIFF_TIMEOUT_MS });
  return changes ?? null;
}
