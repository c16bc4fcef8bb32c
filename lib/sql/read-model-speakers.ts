import { sql, type Insertable, type Kysely } from 'kysely';
import { dialectOf } from '@/lib/db/dialect';
import type { Database, PublicTalkSpeakersTable } from '@/lib/db/schema';
import { chunks, READ_MODEL_LOCK, rewriteSpeakers } from './read-model-write';

type Db = Kysely<Database>;

// No server-only: the file loader runs under plain tsx in content tests.

// When the speaker registry changes (lib/speakers), the talks it touches are
// resolved again: only those recaps' speaker rows (and the `talks` JSON that
// links their speakers) are rewritten, not their bodies.

/** The recaps whose speakers a registry change can move: named by one of `keys`, on one of `slugs`' pages, or not yet resolved. */
export async function selectRecapSlugsForSpeakers(db: Db, change: { keys: string[]; slugs: string[]; unresolved?: boolean }): Promise<string[]> {
  const out = new Set<string>();
  for (const chunk of chunks(change.keys))
    for (const r of await db.selectFrom('public_talk_speakers').select('recap_slug').distinct().where('name_key', 'in', chunk).execute()) out.add(r.recap_slug);
  for (const chunk of chunks(change.slugs))
    for (const r of await db
      .selectFrom('public_talk_speakers')
      .select('recap_slug')
      .distinct()
      .where((eb) => eb.or([eb('speaker_slug', 'in', chunk), eb('name_slug', 'in', chunk)]))
      .execute())
      out.add(r.recap_slug);
  if (change.unresolved)
    for (const r of await db.selectFrom('public_talk_speakers').select('recap_slug').distinct().where('name_key', 'is', null).execute()) out.add(r.recap_slug);
  return [...out].sort();
}

/** The `talks` JSON and date of public recaps. */
export async function selectRecapTalks(db: Db, slugs: string[]): Promise<{ slug: string; date: string; talks: string }[]> {
  const out: { slug: string; date: string; talks: string }[] = [];
  for (const chunk of chunks(slugs)) out.push(...(await db.selectFrom('public_recaps').select(['slug', 'date', 'talks']).where('slug', 'in', chunk).execute()));
  return out;
}

export interface TalkSpeakersWrite {
  slug: string;
  talks: string;
  speakers: Insertable<PublicTalkSpeakersTable>[];
}

/**
 * Replaces the speaker rows and `talks` of the recaps written, then recounts
 * the summaries of every speaker page they touched before or after. One
 * transaction; returns those speaker slugs (their pages change).
 */
export async function replaceTalkSpeakers(db: Db, writes: TalkSpeakersWrite[]): Promise<string[]> {
  if (writes.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${READ_MODEL_LOCK})`.execute(trx);
    const touched = new Set<string>();
    for (const chunk of chunks(writes.map((w) => w.slug)))
      for (const r of await trx.deleteFrom('public_talk_speakers').where('recap_slug', 'in', chunk).returning('speaker_slug').execute())
        touched.add(r.speaker_slug);
    for (const w of writes) {
      await trx.updateTable('public_recaps').set({ talks: w.talks }).where('slug', '=', w.slug).execute();
      for (const s of w.speakers) touched.add(s.speaker_slug);
    }
    for (const chunk of chunks(
      writes.flatMap((w) => w.speakers),
      300,
    ))
      await trx.insertInto('public_talk_speakers').values(chunk).execute();
    for (const chunk of chunks([...touched])) await rewriteSpeakers(trx, chunk);
    await trx
      .updateTable('catalog_version')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', 1)
      .execute();
    return [...touched].sort();
  });
}

/** The person's page a name had on its own leads to now (`slug` is the name's own slug), or null. */
export async function getNameSlugTarget(db: Db, slug: string): Promise<string | null> {
  const row = await db
    .selectFrom('public_talk_speakers')
    .select('speaker_slug')
    .where('name_slug', '=', slug)
    .where('speaker_slug', '<>', slug)
    .limit(1)
    .executeTakeFirst();
  return row?.speaker_slug ?? null;
}

/** The names a speaker page's talks write (several when the registry joined spellings), most used first; at most 50. */
export async function selectNamesOnSpeakerPage(db: Db, slug: string): Promise<string[]> {
  const rows = await db
    .selectFrom('public_talk_speakers')
    .select(['name', (eb) => eb.fn.countAll().as('n')])
    .where('speaker_slug', '=', slug)
    .groupBy('name')
    .orderBy('n', 'desc')
    .orderBy('name')
    .limit(50)
    .execute();
  return rows.map((r) => r.name);
}

/** Whether `slug` is a public speaker page today. */
export async function getPublicSpeakerExists(db: Db, slug: string): Promise<boolean> {
  return Boolean(await db.selectFrom('public_speakers').select('slug').where('slug', '=', slug).executeTakeFirst());
}

/** Names written in public talks with one of `romanKeys`, and the page each leads to; at most `limit` distinct. */
export async function selectTalkNamesByRomanKey(
  db: Db,
  romanKeys: string[],
  limit: number,
): Promise<{ romanKey: string; slug: string; name: string; nameKey: string }[]> {
  if (romanKeys.length === 0) return [];
  const rows = await db
    .selectFrom('public_talk_speakers')
    .select(['roman_key', 'speaker_slug', 'name', 'name_key'])
    .distinct()
    .where('roman_key', 'in', romanKeys)
    .orderBy('speaker_slug')
    .orderBy('name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ romanKey: r.roman_key!, slug: r.speaker_slug, name: r.name, nameKey: r.name_key ?? '' }));
}
