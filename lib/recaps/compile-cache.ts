import { compileBodyBudgeted, type BudgetedCompile } from '@/lib/mdx/budget';

/** What the cache may hold, counting each body (the key) and its compiled trees. */
export const MAX_CACHE_BYTES = 32 * 1024 * 1024;

interface Entry {
  result: Promise<BudgetedCompile>;
  bytes: number;
}

// Insertion order is recency order: a hit is moved to the end.
const cache = new Map<string, Entry>();
let cachedBytes = 0;

/**
 * compileBodyBudgeted for the editor's hot path: preview (after each pause in
 * typing), autosave and save usually send the same body, and a preview also
 * reviews the draft, so the body is compiled once for all of them, and
 * concurrent requests for one body share one compile. Results are never
 * mutated by callers. An LRU bounded in bytes (MAX_CACHE_BYTES), per process;
 * a body refused by the budget is not kept (on a quieter server it may pass).
 * For lib/recaps (reviewDraft, the preview).
 */
export function compileDraftBody(body: string): Promise<BudgetedCompile> {
  const hit = cache.get(body);
  if (hit) {
    cache.delete(body);
    cache.set(body, hit);
    return hit.result;
  }
  const entry: Entry = { result: compileBodyBudgeted(body), bytes: body.length * 2 };
  add(body, entry);
  void entry.result.then((result) => {
    if (cache.get(body) !== entry) return;
    if (result.exceeded) return remove(body);
    // Re-weigh with the size of the trees, now that it is known.
    cachedBytes += result.bytes - entry.bytes;
    entry.bytes = result.bytes;
    evict();
  });
  return entry.result;
}

/** Bytes the cache holds now, for tests and the memory benchmark. */
export function draftCacheBytes(): number {
  return cachedBytes;
}

function add(body: string, entry: Entry) {
  cache.set(body, entry);
  cachedBytes += entry.bytes;
  evict();
}

function remove(body: string) {
  const entry = cache.get(body);
  if (!entry) return;
  cache.delete(body);
  cachedBytes -= entry.bytes;
}

function evict() {
  // The newest entry stays even when it alone is over the bound: its callers are waiting for it.
  while (cachedBytes > MAX_CACHE_BYTES && cache.size > 1) remove(cache.keys().next().value!);
}
