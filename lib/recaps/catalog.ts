import { env } from '@/lib/env';
import { loadFileRecaps } from './file-recaps';
import type { Recap } from './types';

interface Catalog {
  recaps: Recap[];
  loadedAt: number;
}

const state = globalThis as unknown as { __fileCatalog?: Catalog };

// Files are read once per process in production: content is git-managed and
// validated at build. In development they are re-read every few seconds.
const DEV_TTL_MS = 2000;

/** Every valid git-managed recap, newest event first. Broken files are logged and skipped. */
export function fileRecaps(): Recap[] {
  const cached = state.__fileCatalog;
  const fresh = cached && (process.env.NODE_ENV === 'production' || Date.now() - cached.loadedAt < DEV_TTL_MS);
  if (fresh) return cached.recaps;
  const { recaps, problems } = loadFileRecaps(env.contentDir);
  for (const problem of problems) {
    for (const d of problem.diagnostics) console.error(`[content] ${problem.file}:${d.line}:${d.column}: ${d.message}`);
  }
  recaps.sort(byEventDateDesc);
  state.__fileCatalog = { recaps, loadedAt: Date.now() };
  return recaps;
}

export function byEventDateDesc(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
