import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { now } from '@/lib/events/clock';
import { indexRecaps } from '@/lib/search/sync';
import { speakerSlugResolver } from '@/lib/speakers/resolve';
import { getPublicRecapRow, getPublicRecapRowByRecapId, selectAdjacentRows, selectTranslationRows, type PublicRecapRow } from '@/lib/sql/read-model';
import { writePublicRecaps } from '@/lib/sql/read-model-write';
import { getRecapById } from '@/lib/sql/recaps';
import { affectedPaths, type Placement } from './affected-paths';
import { compileLiveRecap } from './db-recaps';
import { publicRecapRows, toRecapSummary } from './public-recap-rows';

/** Written as the live version of a stand-in (./db-recaps.ts, `provisional`): never current, so the read-model sync compiles it again. */
const PROVISIONAL_VERSION = -1;

/**
 * Brings the public read model and the search index in step with database
 * recap `recapId` as it is NOW (it reads the row rather than trust the
 * event, so racing calls and retries end in the latest state): its rows
 * written from its live text when it is published, removed otherwise; a slug
 * a git-managed file holds is left to the file. Returns the public paths
 * whose HTML may differ, from the recap's own rows before and after and its
 * neighbours (lib/recaps/affected-paths.ts): nothing else is read. On an
 * explicit handle, for tests on both dialects; ./after-public-change.ts
 * binds it to the app and expires the paths.
 */
export async function applyPublicChange(db: Kysely<Database>, recapId: number): Promise<string[]> {
  const beforeRow = await getPublicRecapRowByRecapId(db, recapId);
  const before = beforeRow ? await placementOf(db, beforeRow) : null;
  const row = await getRecapById(db, recapId);
  const slugs = new Set([beforeRow?.slug, row?.slug].filter((s): s is string => Boolean(s)));
  let written: Awaited<ReturnType<typeof compileLiveRecap>> | null = null;
  if (row?.status === 'published' && row.live && (await getPublicRecapRow(db, row.slug))?.source !== 'file') {
    written = await compileLiveRecap(db, row);
  }
  const recap = written?.recap ?? null;
  const remove = beforeRow && beforeRow.slug !== recap?.slug ? [beforeRow.slug] : [];
  const liveVersion = written?.provisional ? PROVISIONAL_VERSION : row?.live?.version;
  const speakerSlugOf = await speakerSlugResolver(db, recap ? recap.talks.flatMap((t) => t.speakers.map((s) => s.name)) : []);
  await writePublicRecaps(db, recap ? [publicRecapRows(recap, { recapId, liveVersion, speakerSlugOf })] : [], remove, now());
  const afterRow = recap ? await getPublicRecapRow(db, recap.slug) : null;
  const after = afterRow ? await placementOf(db, afterRow) : null;
  try {
    await indexRecaps(db, recap ? [recap] : [], remove);
  } catch (error) {
    // A search index problem must not fail the editor's action: the read-model sync repairs it.
    console.error(`[search] updating the index for recap ${recapId} failed:`, error instanceof Error ? error.message : error);
  }
  return affectedPaths(
    [...slugs],
    [before, after].filter((p): p is Placement => p !== null),
  );
}

async function placementOf(db: Kysely<Database>, row: PublicRecapRow): Promise<Placement> {
  // Neighbours in every listing that shows the recap: a page's previous/next come from its own language's
  // listing (lib/recaps/public-reads.ts getAdjacentRecaps), and an event with no version in the other language
  // is listed there too, between that listing's recaps, whose pages then link to it.
  const listedIn = (['en', 'zh'] as const).filter((locale) => (locale === 'zh' ? row.listed_zh : row.listed_en) === 1);
  const [adjacent, translations] = await Promise.all([
    Promise.all(listedIn.map((locale) => selectAdjacentRows(db, row, locale))),
    selectTranslationRows(db, row.translation_key ?? row.slug, row.slug),
  ]);
  return {
    recap: toRecapSummary(row),
    neighbours: [...new Set(adjacent.flatMap(({ older, newer }) => [older?.slug, newer?.slug]).filter((s): s is string => Boolean(s)))],
    translations: translations.map((t) => t.slug),
  };
}
