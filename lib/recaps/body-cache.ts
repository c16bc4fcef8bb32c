import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { SizedLru } from '@/lib/cache/sized-lru.mjs';
import { env } from '@/lib/env';
import { processState } from '@/lib/process-state';

/** What a recap page renders besides its summary: the compiled MDX trees. */
export interface CompiledBodyTrees {
  tree: Root;
  hast: HastRoot;
}

/**
 * Parsed trees take several times the size of their JSON text in memory; the
 * budget (RECAP_BODY_CACHE_MB) is charged this many times the text's length.
 */
const MEMORY_PER_JSON_CHAR = 4;

const bodies = () => processState('recapBodies', () => new SizedLru<CompiledBodyTrees>(env.recapBodyCacheBytes));

/**
 * A recap's compiled body by the content hash it was compiled from: kept
 * in this process (bounded in bytes), else `load`ed (the stored JSON) and
 * parsed once. A hash names one text, so an entry never goes stale: a
 * changed recap has a new hash, and its old body is simply used no more.
 * lib/recaps/public-reads.ts only.
 */
export async function cachedBody(contentHash: string, load: () => Promise<string | null>): Promise<CompiledBodyTrees | null> {
  const kept = bodies().get(contentHash);
  if (kept) return kept;
  const json = await load();
  if (json === null) return null;
  const trees = JSON.parse(json) as CompiledBodyTrees;
  bodies().set(contentHash, trees, json.length * MEMORY_PER_JSON_CHAR);
  return trees;
}

/** How much of the budget is in use, and by how many bodies. Tests and the health page. */
export function bodyCacheUse(): { bytes: number; bodies: number } {
  return { bytes: bodies().size, bodies: bodies().count };
}
