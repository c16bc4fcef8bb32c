import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { TalkInfo } from '@/lib/mdx/talks';
import { inEveryLocale, listingPaths } from '@/lib/recaps/affected-paths';
import type { CompiledBodyTrees } from '@/lib/recaps/body-cache';
import { talkSpeakerRows, toRecapSummary } from '@/lib/recaps/public-recap-rows';
import type { Recap } from '@/lib/recaps/types';
import { indexRecaps } from '@/lib/search/sync';
import { getPublicRecapBody, getPublicRecapRow } from '@/lib/sql/read-model';
import { replaceTalkSpeakers, selectRecapSlugsForSpeakers, selectRecapTalks } from '@/lib/sql/read-model-speakers';
import { resolveSpeakers, speakerSlugResolver } from './resolve';

// No server-only: the file loader runs under plain tsx.

/** What a registry change touched: the names (normalised keys) and speaker page slugs whose person changed. */
export interface SpeakerChange {
  keys: string[];
  slugs: string[];
  /** Also the rows not resolved yet (the first load after migration 0007). */
  unresolved?: boolean;
}

/** Recaps resolved again per round: bounded memory for a registry change that touches many. */
const BATCH = 200;

/**
 * Brings the read model's speaker rows in step with the registry after a
 * change to it: the recaps naming a touched name or on a touched page are
 * resolved again, and only their speaker rows and talks JSON rewritten
 * (lib/sql/read-model-speakers.ts), and their search documents (a person's
 * names are in them). Returns the public paths whose HTML can
 * differ: the speaker pages before and after (an old page now redirects),
 * the recaps (their speaker links), the listings. Idempotent.
 */
export async function applySpeakerChange(db: Kysely<Database>, change: SpeakerChange): Promise<string[]> {
  if (change.keys.length === 0 && change.slugs.length === 0 && !change.unresolved) return [];
  const recaps = await selectRecapSlugsForSpeakers(db, change);
  const paths = new Set<string>(change.slugs.flatMap(speakerPaths));
  for (let i = 0; i < recaps.length; i += BATCH) {
    const rows = await selectRecapTalks(db, recaps.slice(i, i + BATCH));
    const talksOf = rows.map((r) => ({ ...r, parsed: JSON.parse(r.talks) as TalkInfo[] }));
    const slugOf = await speakerSlugResolver(
      db,
      talksOf.flatMap((r) => r.parsed.flatMap((t) => t.speakers.map((s) => s.name))),
    );
    const writes = talksOf.map((r) => {
      const talks = r.parsed.map((t) => ({ ...t, speakers: resolveSpeakers(t.speakers, slugOf) }));
      return { slug: r.slug, talks: JSON.stringify(talks), speakers: talkSpeakerRows(r.slug, r.date, talks) };
    });
    for (const slug of await replaceTalkSpeakers(db, writes)) for (const path of speakerPaths(slug)) paths.add(path);
    await reindex(
      db,
      writes.map((w) => w.slug),
    );
    for (const w of writes) {
      paths.add(`/recaps/${encodeURIComponent(w.slug)}`);
      for (const s of w.speakers) if (s.name_slug) for (const path of speakerPaths(s.name_slug)) paths.add(path);
    }
  }
  for (const path of listingPaths()) paths.add(path);
  return [...paths].sort();
}

/** The search documents of `slugs` again: a person's names are in their talks' documents. */
async function reindex(db: Kysely<Database>, slugs: string[]): Promise<void> {
  const recaps: Recap[] = [];
  for (const slug of slugs) {
    const [row, body] = await Promise.all([getPublicRecapRow(db, slug), getPublicRecapBody(db, slug)]);
    if (row && body) recaps.push({ ...toRecapSummary(row), ...(JSON.parse(body.body) as CompiledBodyTrees) });
  }
  try {
    await indexRecaps(db, recaps);
  } catch (error) {
    // The index is repaired by the scheduler; the speaker pages are right already.
    console.error('[search] re-indexing after a speaker change failed:', error instanceof Error ? error.message : error);
  }
}

/** A speaker page in every language: its public paths and the routes it is cached under. */
function speakerPaths(slug: string): string[] {
  return inEveryLocale(`/speakers/${encodeURIComponent(slug)}`);
}
