import type { Recap as StoredRecap } from '@/lib/store/types';
import { compileBodyBudgeted } from '@/lib/mdx/budget';
import { fieldsFromStored, validateFields } from './editor-fields';
import type { Recap } from './types';

/**
 * A recap stored in the database, compiled by the same pipeline as files.
 * Returns null (and logs) if it no longer validates, so one bad row never
 * breaks a listing.
 */
export async function toPublicRecap(row: StoredRecap): Promise<Recap | null> {
  // Compiling is the expensive part and a row only changes with a new version:
  // after a publish expires the cache, the refresh recompiles only what changed.
  const key = `${row.id}:${row.version}:${row.updatedAt}:${row.publishedAt}:${row.slug}`;
  if (compiled.has(key)) return compiled.get(key)!;
  const { recap, transient } = await compile(row);
  // A body refused for time on a busy server may pass on the next read: not remembered.
  if (transient) return recap;
  if (compiled.size >= MAX_MEMO) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, recap);
  return recap;
}

const MAX_MEMO = 20_000;
const compiled = new Map<string, Recap | null>();

async function compile(row: StoredRecap): Promise<{ recap: Recap | null; transient: boolean }> {
  const publishedOn = (row.publishedAt ?? row.updatedAt).slice(0, 10);
  const fields = validateFields(fieldsFromStored(row.frontMatter, row.slug), publishedOn);
  // Off the request thread, within the compile budget: a stored body is still organizer input.
  const body = await compileBodyBudgeted(row.body);
  if (!fields.ok || !body.ok) {
    console.error(`[recaps] database recap "${row.slug}" does not validate and is hidden`);
    return { recap: null, transient: !body.ok && body.exceeded !== undefined };
  }
  const updated = row.updatedAt > (row.publishedAt ?? '') ? row.updatedAt : (row.publishedAt ?? row.updatedAt);
  const recap: Recap = {
    ...fields.data,
    updated: updated.slice(0, 10),
    slug: row.slug,
    talks: body.value.talks,
    tree: body.value.tree,
    hast: body.value.hast,
    lastModified: updated,
    source: 'db',
  };
  return { recap, transient: false };
}
