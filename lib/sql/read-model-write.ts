import { sql, type Insertable, type Kysely } from 'kysely';
import { dialectOf } from '@/lib/db/dialect';
import type { Database, PublicRecapBodiesTable, PublicRecapsTable, PublicRecapTagsTable, PublicTalkSpeakersTable } from '@/lib/db/schema';
import { recordEventCalendar, type TalkSpeakers } from './event-calendar';

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
  /** The event's time, place and status (eventFingerprint): a change moves its calendar SEQUENCE (./event-calendar.ts). */
  fingerprint: string;
}

/** A constant key for PostgreSQL's advisory lock: read-model writes of several instances queue rather than deadlock. */
export const READ_MODEL_LOCK = 7_246_110_001;
/** Rows per INSERT and slugs per IN list, well under both drivers' parameter limits. */
const CHUNK = 400;

/**
 * Replaces the read-model rows of `writes` (by slug) and removes those of
 * `remove`, then rewrites the summary rows of every speaker and tag either
 * touched, and the calendar records of the events written (./event-calendar.ts).
 * One transaction; any number of recaps (the file loader and the bench write
 * thousands at a time). `at` is the write's time: lib/recaps passes `now()`
 * (lib/events/clock.ts); the default serves the bench and tests. lib/recaps
 * (after-public-change, file-recaps-sync) and the bench only.
 */
export async function writePublicRecaps(db: Db, writes: PublicRecapWrite[], remove: string[] = [], at: Date = new Date()): Promise<void> {
  const slugs = [...new Set([...writes.map((w) => w.recap.slug), ...remove])];
  if (slugs.length === 0) return;
  await db.transaction().execute(async (trx) => {
    if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${READ_MODEL_LOCK})`.execute(trx);
    // What the changed recaps held before and hold after, per speaker and tag: the summaries move by the difference.
    const speakers = new Map<string, SummaryDelta>();
    const tags = new Map<string, SummaryDelta>();
    const oldModified = new Map<string, string>();
    // Each written slug's talks before this write: a speaker replaced before the event is recorded.
    const oldTalks = new Map<string, TalkSpeakers[]>();
    // The event each rewritten slug belonged to: a new translation key takes its calendar record along (./event-calendar.ts).
    const oldKeys = new Map<string, string>();
    // The events (translation keys) whose versions change: their listing flags are recomputed below.
    const groups = new Set(writes.map((w) => w.recap.translation_key ?? w.recap.slug));
    // Deletes first (with RETURNING): in SQLite the first statement then takes the write lock.
    for (const chunk of chunks(slugs)) {
      for (const r of await trx.deleteFrom('public_talk_speakers').where('recap_slug', 'in', chunk).returning(['speaker_slug', 'recap_slug']).execute())
        deltaOf(speakers, r.speaker_slug).old.push(r.recap_slug);
      for (const r of await trx.deleteFrom('public_recap_tags').where('recap_slug', 'in', chunk).returning(['tag_slug', 'recap_slug']).execute())
        deltaOf(tags, r.tag_slug).old.push(r.recap_slug);
      await trx.deleteFrom('public_recap_bodies').where('slug', 'in', chunk).execute();
      for (const r of await trx
        .deleteFrom('public_recaps')
        .where('slug', 'in', chunk)
        .returning(['slug', 'last_modified', 'translation_key', 'talks'])
        .execute()) {
        oldModified.set(r.slug, r.last_modified);
        oldTalks.set(r.slug, talkSpeakers(r.talks));
        oldKeys.set(r.slug, r.translation_key ?? r.slug);
        groups.add(r.translation_key ?? r.slug);
      }
    }
    const newModified = new Map(writes.map((w) => [w.recap.slug, w.recap.last_modified]));
    for (const w of writes) {
      for (const s of w.speakers) deltaOf(speakers, s.speaker_slug).new.push(w.recap.slug);
      for (const t of w.tags) deltaOf(tags, t.tag_slug).new.push(w.recap.slug);
    }
    const byRow = (n: number) => Math.max(1, Math.floor((CHUNK * 10) / n));
    for (const chunk of chunks(
      writes.map((w) => w.recap),
      byRow(23),
    ))
      await trx.insertInto('public_recaps').values(chunk).execute();
    for (const chunk of chunks(
      writes.map((w) => w.body),
      byRow(3),
    ))
      await trx.insertInto('public_recap_bodies').values(chunk).execute();
    for (const chunk of chunks(
      writes.flatMap((w) => w.tags),
      byRow(4),
    ))
      await trx.insertInto('public_recap_tags').values(chunk).execute();
    for (const chunk of chunks(
      writes.flatMap((w) => w.speakers),
      byRow(12),
    ))
      await trx.insertInto('public_talk_speakers').values(chunk).execute();
    for (const chunk of chunks([...groups])) await relist(trx, chunk);
    await recordEventCalendar(
      trx,
      writes.map((w) => ({
        key: w.recap.translation_key ?? w.recap.slug,
        slug: w.recap.slug,
        locale: w.recap.locale,
        fingerprint: w.fingerprint,
        endsAt: w.recap.ends_at ?? null,
        talks: talkSpeakers(w.recap.talks),
      })),
      oldTalks,
      at,
      oldKeys,
    );
    await updateSummaries(trx, 'speakers', speakers, oldModified, newModified);
    await updateSummaries(trx, 'tags', tags, oldModified, newModified);
    // What the public sees changed (lib/sql/catalog-version.ts; inlined: this module runs without server-only).
    await trx
      .updateTable('catalog_version')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', 1)
      .execute();
  });
}

/** Each talk's id and speaker names, from a row's `talks` JSON. */
function talkSpeakers(json: string): TalkSpeakers[] {
  const talks = JSON.parse(json) as { id: string; speakers: { name: string }[] }[];
  return talks.map((t) => ({ id: t.id, speakers: t.speakers.map((s) => s.name) }));
}

/** The languages with a listing flag (lib/db/migrations/0006-translations.ts); lib/i18n's locales, named here for the bench's plain tsx. */
export const LISTED_LOCALES = ['en', 'zh'] as const;

/**
 * Recomputes the listing flags of the events `keys`: in each language, the
 * version in that language is listed, else one other version (the first by
 * slug; two versions in one language are refused by content:check and the
 * editor, so the choice is only ever between languages). A few rows per key,
 * through the (translation_key, locale) index.
 */
async function relist(trx: Db, keys: string[]): Promise<void> {
  for (const locale of LISTED_LOCALES) {
    const flag = sql.ref(`listed_${locale}`);
    // Only the rows whose flag changes are written (new rows start at 1, right for an event of one version).
    await sql`update public_recaps set ${flag} = 1 - ${flag}
      where translation_key in (${sql.join(keys)}) and ${flag} <> case when slug = (
        select p.slug from public_recaps p where p.translation_key = public_recaps.translation_key
        order by case when p.locale = ${locale} then 0 else 1 end, p.slug limit 1) then 1 else 0 end`.execute(trx);
  }
}

/** One speaker's or tag's rows among the changed recaps: the recap slug of each, before and after. */
interface SummaryDelta {
  old: string[];
  new: string[];
}

function deltaOf(map: Map<string, SummaryDelta>, key: string): SummaryDelta {
  let d = map.get(key);
  if (!d) map.set(key, (d = { old: [], new: [] }));
  return d;
}

const maxOf = (slugs: string[], modified: Map<string, string>) =>
  slugs.reduce<string | null>((m, slug) => {
    const v = modified.get(slug);
    return v !== undefined && (m === null || v > m) ? v : m;
  }, null);

/**
 * Moves the summary rows of the touched speakers or tags by what the changed
 * recaps took away and added (+1/-1 per talk and recap), instead of counting
 * all of a speaker's or tag's rows again: a popular tag is 20% of the catalog
 * (89 ms a publish at 100,000; the busiest speaker 123 ms). The latest name,
 * role, affiliation or label is one lookup on the ordering index. Recounted in
 * full only when the increment cannot be trusted: no summary row for rows
 * that existed, or the newest change (last_modified) was a changed recap's and
 * no written recap is as new.
 */
async function updateSummaries(
  trx: Db,
  kind: 'speakers' | 'tags',
  deltas: Map<string, SummaryDelta>,
  oldModified: Map<string, string>,
  newModified: Map<string, string>,
): Promise<void> {
  const table = kind === 'speakers' ? 'public_speakers' : 'public_tags';
  const recount: string[] = [];
  for (const chunk of chunks([...deltas.keys()])) {
    const current = new Map<string, { talk_count?: number; recap_count: number; last_modified: string }>();
    if (kind === 'speakers')
      for (const r of await trx
        .selectFrom('public_speakers')
        .select(['slug', 'talk_count', 'recap_count', 'last_modified'])
        .where('slug', 'in', chunk)
        .execute())
        current.set(r.slug, r);
    else
      for (const r of await trx.selectFrom('public_tags').select(['slug', 'recap_count', 'last_modified']).where('slug', 'in', chunk).execute())
        current.set(r.slug, r);
    const rows: { slug: string; talkCount: number; recapCount: number; lastModified: string }[] = [];
    for (const slug of chunk) {
      const d = deltas.get(slug)!;
      const row = current.get(slug);
      if (!row && d.old.length > 0) {
        recount.push(slug);
        continue;
      }
      const recapCount = Number(row?.recap_count ?? 0) - new Set(d.old).size + new Set(d.new).size;
      const talkCount = Number(row?.talk_count ?? 0) - d.old.length + d.new.length;
      if (recapCount <= 0) continue;
      const lostMax = maxOf(d.old, oldModified);
      const gainedMax = maxOf(d.new, newModified);
      const kept = row?.last_modified ?? null;
      // The unchanged recaps' newest change is at most `kept`, and below it when no changed recap reached it.
      if (kept !== null && lostMax !== null && lostMax >= kept && (gainedMax === null || gainedMax < kept)) {
        recount.push(slug);
        continue;
      }
      const lastModified = [kept, gainedMax]
        .filter((v): v is string => v !== null)
        .sort()
        .at(-1)!;
      rows.push({ slug, talkCount, recapCount, lastModified });
    }
    const replaced = chunk.filter((slug) => !recount.includes(slug));
    if (replaced.length > 0) await trx.deleteFrom(table).where('slug', 'in', replaced).execute();
    for (const part of chunks(rows, 100)) {
      if (part.length === 0) continue;
      if (kind === 'speakers') {
        const latest = (column: string, slug: string) =>
          sql<string>`(select l.${sql.raw(column)} from public_talk_speakers l where l.speaker_slug = ${slug} order by l.date desc, l.recap_slug, l.talk_ord, l.speaker_ord limit 1)`;
        await trx
          .insertInto('public_speakers')
          .values(
            part.map((r) => ({
              slug: r.slug,
              name: latest('name', r.slug),
              name_en: personName('en', r.slug),
              name_zh: personName('zh', r.slug),
              role: latest('role', r.slug),
              affiliation: latest('affiliation', r.slug),
              talk_count: r.talkCount,
              recap_count: r.recapCount,
              last_modified: r.lastModified,
            })),
          )
          .execute();
      } else {
        await trx
          .insertInto('public_tags')
          .values(
            part.map((r) => ({
              slug: r.slug,
              label: sql<string>`(select l.label from public_recap_tags l where l.tag_slug = ${r.slug} order by l.date desc, l.recap_slug limit 1)`,
              recap_count: r.recapCount,
              last_modified: r.lastModified,
            })),
          )
          .execute();
      }
    }
  }
  for (const chunk of chunks(recount)) await (kind === 'speakers' ? rewriteSpeakers(trx, chunk) : rewriteTags(trx, chunk));
}

// A speaker's name, role and affiliation are those of their newest talk (as
// they are introduced today); counts and last change over all their talks.
// A person's display names come from the registry (lib/db/migrations/0007-speakers.ts).
export async function rewriteSpeakers(trx: Db, slugs: string[]): Promise<void> {
  await trx.deleteFrom('public_speakers').where('slug', 'in', slugs).execute();
  const latest = (column: string) =>
    sql.raw(
      `(select l.${column} from public_talk_speakers l where l.speaker_slug = s.speaker_slug order by l.date desc, l.recap_slug, l.talk_ord, l.speaker_ord limit 1)`,
    );
  const named = (kind: string) => sql.raw(`(select n.name from speaker_names n where n.person_slug = s.speaker_slug and n.kind = '${kind}' limit 1)`);
  await sql`insert into public_speakers (slug, name, name_en, name_zh, role, affiliation, talk_count, recap_count, last_modified)
    select s.speaker_slug, ${latest('name')}, ${named('en')}, ${named('zh')}, ${latest('role')}, ${latest('affiliation')}, count(*), count(distinct s.recap_slug), max(r.last_modified)
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

/** A person's display name in one language, from the registry. */
function personName(kind: 'en' | 'zh', slug: string) {
  return sql<string | null>`(select n.name from speaker_names n where n.person_slug = ${slug} and n.kind = ${kind} limit 1)`;
}

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
