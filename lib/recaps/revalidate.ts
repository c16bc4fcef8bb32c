import 'server-only';
import { revalidatePath } from 'next/cache';
import { affectedPaths } from './affected-paths';
import { loadAllRecaps } from './queries';
import type { RecapSummary } from './types';

// Cache invalidation needs Next's request context: call these from server
// actions (through lib/recaps/mutations and revisions) or route handlers.
// revalidatePath without a profile expires at once, on every instance when
// the cache is in Redis: the next visitor of each path gets a fresh render,
// and every other cached page stays as it is. A render that began before the
// write and finishes after it would cache the old text as fresh: the cached
// routes set `revalidate = 3600` as a backstop for that race.

/**
 * After a write to the recaps `slugs`, expires exactly the public pages it
 * affected. `before` is every public recap read before the write (with
 * loadAllRecaps({ fallback: false }), not the per-request listAllRecaps,
 * which would return the same list before and after); the list after is read here.
 */
export async function revalidateRecapChange(before: RecapSummary[], slugs: string[]): Promise<void> {
  expire(affectedPaths(before, await loadAllRecaps({ fallback: false }), slugs));
}

/**
 * After the scheduler published the recaps `slugs`: they were not public
 * before, so the list before is the list now without them.
 */
export async function revalidatePublished(slugs: string[]): Promise<void> {
  const after = await loadAllRecaps({ fallback: false });
  const published = new Set(slugs);
  expire(affectedPaths(after.filter((r) => !published.has(r.slug)), after, slugs));
}

function expire(paths: string[]): void {
  for (const path of paths) revalidatePath(path);
}
