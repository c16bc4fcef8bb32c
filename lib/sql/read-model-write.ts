import { sql, type Insertable, type Kysely } from 'kysely';
import { dialectOf } from '@/lib/db/dialect';
import type { Database, PublicRecapBodiesTable, PublicRecapsTable, PublicRecapTagsTable, PublicTalkSpeakersTable } from '@/lib/db/schema';

type Db = Kysely<Database>;

// No server-only: the bench writes 100,000 recaps with it under plain tsx.

// Writes to the public read model (lib/db/migrations/0005-read-model.ts).
// Every write replaces whole recaps: their rows in the four per-recap tables,
// then the speaker and tag summary rows they touched before or after, in one
// transaction. Idempotent: writing the same recap twice leaves the same rows.

/** Everything the read model holds of one public recap, as rows. Built by lib/recaps/public-recap-rows.ts. */
export interface PublicRecapWrite {
  recap: Insertable<PublicRecapsTable>;
  body: Insertable<PublicRecapBodiesTable>;
  tags: Insertable<PublicRecapTagsTable>[];
  speakers: Insertable<PublicTalkSpeakersTable>[];
}

/** A constant key for PostgreSQL's advisory lock: read-model writes of several instances queue rather than deadlock. */
const READ_MODEL_LOCK = 7_246_110_001;
/** Rows per INSERT and slugs per IN list, well under both drivers' parameter limits. */
const CHUNK = 400;

/**
 * Replaces the read-model rows of `writes` (by slug) and removes those of
 * `remove`, then rewrites the summary rows of every speaker and tag either
 * touched. One transaction; any number of recaps (the file loader and the
 * bench write thousands at a time). lib/recaps (after-public-change,
 * file-recaps-sync) and the bench only.
 */
export async function writePublicRecaps(db: Db, writes: PublicRecapWrite[], remove: string[] = []): Promise<void> {
  const slugs = [...new Set([...writes.map((w) => w.recap.slug), ...remove])];
  if (slugs.length === 0) return;
  await db.transaction().execute(async (trx) => {
    if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${READ_MODEL_LOCK})`.execute(trx);
    const speakers = new Set<string>();
    const tags = new Set<string>();
    // Deletes first (with RETURNING): in SQLite the first statement then takes the write lock.
    for (const chunk of chunks(slugs)) {
      for (const r of await trx.deleteFrom('public_talk_speakers').where('recap_slug', 'in', chunk).returning('speaker_slug').execute()) speakers.add(r.speaker_slug);
      for (const r of await trx.deleteFrom('public_recap_tags').where('recap_slug', 'in', chunk).returning('tag_slug').execute()) tags.add(r.tag_slug);
      await trx.deleteFrom('public_recap_bodies').where('slug', 'in', chunk).execute();
      await trx.deleteFrom('public_recaps').where('slug', 'in', chunk).execute();
    }
    for (const w of writes) {
      for (const s of w.speakers) speakers.add(s.speaker_slug);
      for (const t of w.tags) tags.add(t.tag_slug);
    }
    const byRow = (n: number) => Math.max(1, Math.floor(CHUNK * 10 / n));
    for (const chunk of chunks(writes.map((w) => w.recap), byRow(23))) await trx.insertInto('public_recaps').values(chunk).execute();
    for (const chunk of chunks(writes.map((w) => w.body), byRow(3))) await trx.insertInto('public_recap_bodies').values(chunk).execute();
    for (const chunk of chunks(writes.flatMap((w) => w.tags), byRow(4))) await trx.insertInto('public_recap_tags').values(chunk).execute();
    for (const chunk of chunks(writes.flatMap((w) => w.speakers), byRow(9))) await trx.insertInto('public_talk_speakers').values(chunk).execute();
    for (const chunk of chunks([...speakers])) await rewriteSpeakers(trx, chunk);
    for (const chunk of chunks([...tags])) await rewriteTags(trx, chunk);
    // What the public sees changed (lib/sql/catalog-version.ts; inlined: this module runs without server-only).
    await trx.updateTable('catalog_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
  });
}

// A speaker's name, role and affiliation are those of their newest talk (as
// they are introduced today); counts and last change over all their talks.
async function rewriteSpeakers(trx: Db, slugs: string[]): Promise<void> {
  await trx.deleteFrom('public_speakers').where('slug', 'in', slugs).execute();
  const latest = (column: string) =>
    sql.raw(`(select l.${column} from public_talk_speakers l where l.speaker_slug = s.speaker_slug order by l.date desc, l.recap_slug, l.talk_ord, l.speaker_ord limit 1)`);
  await sql`insert into public_speakers (slug, name, role, affiliation, talk_count, recap_count, last_modified)
    select s.speaker_slug, ${latest('name')}, ${latest('role')}, ${latest('affiliation')}, count(*), count(distinct s.recap_slug), max(r.last_modified)
    from public_talk_speakers s join public_recaps r on r.slug = s.recap_slug
    where s.speaker_slug in (${sql.join(slugs)})
    group by s.speaker_slug`.execute(trx);
}

async function rewriteTags(trx: Db, slugs: string[]): Promise<void> {
  await trx.deleteFrom('public_tags').where('slug', 'in', slugs).execute();
  await sql`insert into public_tags (slug, label, recap_count, last_modified)
    select t.tag_slug,
      (select l.label from public_recap_tags l where l.tag_slug = t.tag_slug order by l.date desc, l.recap_slug limit 1),
      count(*), max(r.last_modified)
    from public_recap_tags t join public_recaps r on r.slug = t.recap_slug
    where t.tag_slug in (${sql.join(slugs)})
    group by t.tag_slug`.execute(trx);
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
