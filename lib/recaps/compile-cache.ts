import { compileBody, type Compiled, type CompiledBody } from '@/lib/mdx/compile';

const MAX_ENTRIES = 32;
const cache = new Map<string, Compiled<CompiledBody>>();

/**
 * compileBody for the editor's hot path. Preview (after each pause in typing)
 * and autosave (a little later) usually send the same body, and a preview also
 * reviews the draft: the body is compiled once for all of them. Results are
 * never mutated by callers. Small LRU, per process.
 */
export function compileDraftBody(body: string): Compiled<CompiledBody> {
  const hit = cache.get(body);
  if (hit) {
    cache.delete(body);
    cache.set(body, hit);
    return hit;
  }
  const result = compileBody(body);
  cache.set(body, result);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return result;
}
