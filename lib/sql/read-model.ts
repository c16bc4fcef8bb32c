import 'server-only';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { Database, PublicRecapsTable } from '@/lib/db/schema';
import { toCount } from './internal';

type Db = Kysely<Database>;

// Reads of the public read model (lib/db/migrations/0005-read-model.ts).
// Every one is an indexed query whose cost follows the size of its answer
// (a page, a facet, one recap), not the number of public recaps. Public
// reads may call them; lib/recaps/public-reads.ts is the one that does.

/** A public recap's summary row; `tags`/`talks` still JSON (lib/recaps decodes them). */
export type PublicRecapRow = Selectable<PublicRecapsTable>;

export interface PublicRecapFilter {
  /** Tag slug. */
  tag?: string;
  year?: string;
  /** Lowercased city. */
  cityKey?: string;
  /** Each event once, as the listings in this language show it (the listed_<locale> flags, 0006-translations); every version without. */
  listedIn?: ListedLocale;
}

/** A language with listing flags in the read model. */
export type ListedLocale = 'en' | 'zh';

export interface SpeakerRow {
  slug: string;
  name: string;
  /** The person's display names, when the speaker is in the registry (lib/speakers). */
  nameEn: string | null;
  nameZh: string | null;
  role: string | null;
  affiliation: string | null;
  talkCount: number;
  recapCount: number;
  lastModified: string;
}

export interface TagRow {
  slug: string;
  label: string;
  recapCount: number;
  lastModified: string;
}

/** One option of a filter with the number of recaps it would show. */
export interface FacetCountRow {
  value: string;
  label: string;
  count: number;
}

/** A talk of a speaker: the recap's summary row and where the talk is in it. */
export interface SpeakerTalkRow {
  recap: PublicRecapRow;
  talkOrd: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function matching(eb: ExpressionBuilder<any, any>, filter: PublicRecapFilter) {
  const parts = [];
  if (filter.listedIn) parts.push(eb(`public_recaps.${listedColumn(filter.listedIn)}`, '=', 1));
  if (filter.year) parts.push(eb('public_recaps.year', '=', filter.year));
  if (filter.cityKey) parts.push(eb('public_recaps.city_key', '=', filter.cityKey));
  // IN rather than a correlated EXISTS: both planners can then start from the
  // tag's rows (its index) instead of testing every recap.
  if (filter.tag)
    parts.push(eb('public_recaps.slug', 'in', eb.selectFrom('public_recap_tags as ft').select('ft.recap_slug').where('ft.tag_slug', '=', filter.tag)));
  return eb.and(parts);
}

const listedColumn = (locale: ListedLocale) => (locale === 'zh' ? 'listed_zh' : 'listed_en');

/** One public recap's summary, or null. */
export async function getPublicRecapRow(db: Db, slug: string): Promise<PublicRecapRow | null> {
  return (await db.selectFrom('public_recaps').selectAll().where('slug', '=', slug).executeTakeFirst()) ?? null;
}

/** The public summary row written for a database recap, or null. */
export async function getPublicRecapRowByRecapId(db: Db, recapId: number): Promise<PublicRecapRow | null> {
  return (await db.selectFrom('public_recaps').selectAll().where('recap_id', '=', recapId).where('source', '=', 'db').executeTakeFirst()) ?? null;
}

/** One public recap's compiled body (`{ tree, hast }` JSON) and the content hash it was compiled from. */
export async function getPublicRecapBody(db: Db, slug: string): Promise<{ contentHash: string; body: string } | null> {
  const row = await db.selectFrom('public_recap_bodies').select(['content_hash', 'body']).where('slug', '=', slug).executeTakeFirst();
  return row ? { contentHash: row.content_hash, body: row.body } : null;
}

/** A page of public recaps matching `filter`, newest event first (date desc, slug). */
export async function selectPublicRecapRows(db: Db, filter: PublicRecapFilter, page: { limit: number; offset?: number }): Promise<PublicRecapRow[]> {
  return publicRecapRowsQuery(db, filter, page).execute();
}

/** selectPublicRecapRows' query, for its plan test (lib/sql/read-model-plans.test.ts). */
export function publicRecapRowsQuery(db: Db, filter: PublicRecapFilter, page: { limit: number; offset?: number }) {
  return db
    .selectFrom('public_recaps')
    .selectAll()
    .where((eb) => matching(eb, filter))
    .orderBy('date', 'desc')
    .orderBy('slug')
    .limit(page.limit)
    .offset(page.offset ?? 0);
}

export async function countPublicRecaps(db: Db, filter: PublicRecapFilter = {}): Promise<number> {
  const row = await db
    .selectFrom('public_recaps')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => matching(eb, filter))
    .executeTakeFirstOrThrow();
  return toCount(row.n as string | number);
}

/** The newest `limit` recaps by publication date (the feed), each event once when `listedIn` is given. */
export async function selectRecentlyPublishedRows(db: Db, limit: number, listedIn?: ListedLocale): Promise<PublicRecapRow[]> {
  return db
    .selectFrom('public_recaps')
    .selectAll()
    .where((eb) => matching(eb, { listedIn }))
    .orderBy('published', 'desc')
    .orderBy('slug')
    .limit(limit)
    .execute();
}

/** The event (translation key, else the slug) and language of each public recap of `slugs`, by primary key: search shows each event once. */
export async function selectRecapEvents(db: Db, slugs: string[]): Promise<Map<string, { key: string; locale: string }>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('public_recaps').select(['slug', 'translation_key', 'locale']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((r) => [r.slug, { key: r.translation_key ?? r.slug, locale: r.locale }]));
}

/** The other versions of the event `key` (its translations), by slug: a few rows through the (translation_key, locale) index. */
export async function selectTranslationRows(db: Db, key: string, exceptSlug: string): Promise<PublicRecapRow[]> {
  return db.selectFrom('public_recaps').selectAll().where('translation_key', '=', key).where('slug', '<>', exceptSlug).orderBy('slug').execute();
}

/**
 * The recaps before (older) and after (newer) the one at (`date`, `slug`) in
 * listing order (date desc, slug): keyset reads on the (date, slug) index,
 * first among recaps of the same day, then among the days before or after.
 */
export async function selectAdjacentRows(
  db: Db,
  at: { date: string; slug: string },
  listedIn?: ListedLocale,
): Promise<{ older: PublicRecapRow | null; newer: PublicRecapRow | null }> {
  const first = (q: Promise<PublicRecapRow | undefined>) => q.then((row) => row ?? null);
  const base = () =>
    db
      .selectFrom('public_recaps')
      .selectAll()
      .where((eb) => matching(eb, { listedIn }));
  const [sameDayOlder, sameDayNewer] = await Promise.all([
    first(base().where('date', '=', at.date).where('slug', '>', at.slug).orderBy('slug').limit(1).executeTakeFirst()),
    first(base().where('date', '=', at.date).where('slug', '<', at.slug).orderBy('slug', 'desc').limit(1).executeTakeFirst()),
  ]);
  const [older, newer] = await Promise.all([
    sameDayOlder ?? first(base().where('date', '<', at.date).orderBy('date', 'desc').orderBy('slug').limit(1).executeTakeFirst()),
    sameDayNewer ?? first(base().where('date', '>', at.date).orderBy('date').orderBy('slug', 'desc').limit(1).executeTakeFirst()),
  ]);
  return { older, newer };
}

/** Years with their counts among recaps matching `filter`, newest first. */
export async function countByYear(db: Db, filter: PublicRecapFilter): Promise<FacetCountRow[]> {
  const rows = await db
    .selectFrom('public_recaps')
    .select(['year', (eb) => eb.fn.countAll().as('n')])
    .where((eb) => matching(eb, filter))
    .groupBy('year')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ value: r.year, label: r.year, count: toCount(r.n as string | number) }));
}

/** Cities (by lowercased key) with their counts among recaps matching `filter`, most recaps first; at most `limit`. */
export async function countByCity(db: Db, filter: PublicRecapFilter, limit: number): Promise<FacetCountRow[]> {
  const rows = await db
    .selectFrom('public_recaps')
    .select(['city_key', (eb) => eb.fn.max('city').as('label'), (eb) => eb.fn.countAll().as('n')])
    .where((eb) => matching(eb, filter))
    .groupBy('city_key')
    .orderBy('n', 'desc')
    .orderBy('city_key')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ value: r.city_key, label: String(r.label), count: toCount(r.n as string | number) }));
}

/** Recaps matching `filter` counted per (year, city key) pair, with the city's label: at most years × cities rows, from which lib/recaps/recap-facets.ts sums both facets. */
export async function countByYearAndCity(db: Db, filter: PublicRecapFilter): Promise<{ year: string; cityKey: string; label: string; count: number }[]> {
  const rows = await db
    .selectFrom('public_recaps')
    .select(['year', 'city_key', (eb) => eb.fn.max('city').as('label'), (eb) => eb.fn.countAll().as('n')])
    .where((eb) => matching(eb, filter))
    .groupBy(['year', 'city_key'])
    .execute();
  return rows.map((r) => ({ year: r.year, cityKey: r.city_key, label: String(r.label), count: toCount(r.n as string | number) }));
}

/** Tags with their counts among recaps matching `filter`, most recaps first; at most `limit`. Without a filter, from the tag summaries. */
export async function countByTag(db: Db, filter: PublicRecapFilter, limit: number): Promise<FacetCountRow[]> {
  // The tag summaries count every version; a listing that shows each event once counts them itself (kept per catalog version: lib/recaps/recap-facets.ts).
  if (!filter.tag && !filter.year && !filter.cityKey && !filter.listedIn) {
    return (await selectTagRows(db, { limit })).map((t) => ({ value: t.slug, label: t.label, count: t.recapCount }));
  }
  const rows = await db
    .selectFrom('public_recap_tags as rt')
    .innerJoin('public_recaps', 'public_recaps.slug', 'rt.recap_slug')
    .innerJoin('public_tags as t', 't.slug', 'rt.tag_slug')
    .select(['rt.tag_slug', 't.label', (eb) => eb.fn.countAll().as('n')])
    .where((eb) => matching(eb, filter))
    .groupBy(['rt.tag_slug', 't.label'])
    .orderBy('n', 'desc')
    .orderBy('t.label')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ value: r.tag_slug, label: r.label, count: toCount(r.n as string | number) }));
}

const speakerColumns = ['slug', 'name', 'name_en', 'name_zh', 'role', 'affiliation', 'talk_count', 'recap_count', 'last_modified'] as const;

function toSpeakerRow(r: {
  slug: string;
  name: string;
  name_en: string | null;
  name_zh: string | null;
  role: string | null;
  affiliation: string | null;
  talk_count: number;
  recap_count: number;
  last_modified: string;
}): SpeakerRow {
  return {
    slug: r.slug,
    name: r.name,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    role: r.role,
    affiliation: r.affiliation,
    talkCount: Number(r.talk_count),
    recapCount: Number(r.recap_count),
    lastModified: r.last_modified,
  };
}

/** A page of speakers, by name (or by number of talks, most first). */
export async function selectSpeakerRows(db: Db, page: { limit: number; offset?: number; order?: 'name' | 'talks' }): Promise<SpeakerRow[]> {
  let q = db.selectFrom('public_speakers').select(speakerColumns);
  q = page.order === 'talks' ? q.orderBy('talk_count', 'desc').orderBy('name').orderBy('slug') : q.orderBy('name').orderBy('slug');
  return (
    await q
      .limit(page.limit)
      .offset(page.offset ?? 0)
      .execute()
  ).map(toSpeakerRow);
}

export async function countSpeakers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('public_speakers')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return toCount(row.n as string | number);
}

export async function getSpeakerRow(db: Db, slug: string): Promise<SpeakerRow | null> {
  const row = await db.selectFrom('public_speakers').select(speakerColumns).where('slug', '=', slug).executeTakeFirst();
  return row ? toSpeakerRow(row) : null;
}

/** A speaker's talks, newest event first, with their recaps' summaries; at most `limit`. */
export async function selectSpeakerTalkRows(db: Db, slug: string, limit: number): Promise<SpeakerTalkRow[]> {
  const rows = await speakerTalksQuery(db, slug, limit).execute();
  const seen = new Set<string>();
  const talks: SpeakerTalkRow[] = [];
  for (const { talk_ord, ...recap } of rows) {
    // A speaker named twice in one talk has one talk.
    const key = `${recap.slug}#${talk_ord}`;
    if (seen.has(key)) continue;
    seen.add(key);
    talks.push({ recap, talkOrd: Number(talk_ord) });
  }
  return talks;
}

/**
 * A speaker's talk rows, newest event first. Its ORDER BY is the whole key of
 * the index public_talk_speakers_order (0005), so the LIMIT stops the index
 * scan: no sort of all of a busy speaker's talks (read-model-plans.test.ts).
 */
export function speakerTalksQuery(db: Db, slug: string, limit: number) {
  return db
    .selectFrom('public_talk_speakers as ts')
    .innerJoin('public_recaps', 'public_recaps.slug', 'ts.recap_slug')
    .selectAll('public_recaps')
    .select('ts.talk_ord')
    .where('ts.speaker_slug', '=', slug)
    .orderBy('ts.date', 'desc')
    .orderBy('ts.recap_slug')
    .orderBy('ts.talk_ord')
    .orderBy('ts.speaker_ord')
    .limit(limit);
}

function toTagRow(r: { slug: string; label: string; recap_count: number; last_modified: string }): TagRow {
  return { slug: r.slug, label: r.label, recapCount: Number(r.recap_count), lastModified: r.last_modified };
}

/** A page of tags, most recaps first. */
export async function selectTagRows(db: Db, page: { limit: number; offset?: number }): Promise<TagRow[]> {
  const rows = await db
    .selectFrom('public_tags')
    .select(['slug', 'label', 'recap_count', 'last_modified'])
    .orderBy('recap_count', 'desc')
    .orderBy('label')
    .orderBy('slug')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
  return rows.map(toTagRow);
}

export async function countTags(db: Db): Promise<number> {
  const row = await db
    .selectFrom('public_tags')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return toCount(row.n as string | number);
}

export async function getTagRow(db: Db, slug: string): Promise<TagRow | null> {
  const row = await db.selectFrom('public_tags').select(['slug', 'label', 'recap_count', 'last_modified']).where('slug', '=', slug).executeTakeFirst();
  return row ? toTagRow(row) : null;
}

export type SitemapTable = 'public_recaps' | 'public_speakers' | 'public_tags';

/** Slugs and last changes of one table, by slug, for one sitemap file. */
export async function selectSitemapRows(
  db: Db,
  table: SitemapTable,
  page: { limit: number; offset: number },
): Promise<{ slug: string; lastModified: string }[]> {
  const rows = await db.selectFrom(table).select(['slug', 'last_modified']).orderBy('slug').limit(page.limit).offset(page.offset).execute();
  return rows.map((r) => ({ slug: r.slug, lastModified: r.last_modified }));
}

/**
 * The recap pages of one sitemap file (the same page of slugs as
 * selectSitemapRows): slug, last change, and when the event ends and whether
 * it is an announcement, for the lastmod of a page that changes at its end
 * time (lib/sitemap.ts recapLastModified).
 */
export async function selectSitemapRecapRows(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ slug: string; lastModified: string; endsAt: string | null; event: string | null }[]> {
  const rows = await db
    .selectFrom('public_recaps')
    .select(['slug', 'last_modified', 'ends_at', 'event'])
    .orderBy('slug')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({ slug: r.slug, lastModified: r.last_modified, endsAt: r.ends_at, event: r.event }));
}

/** The other versions (slug, locale) of the recaps of one sitemap file (the same page of slugs as selectSitemapRows), for its alternates. */
export async function selectSitemapTranslations(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ of: string; ofLocale: string; slug: string; locale: string }[]> {
  return db
    .selectFrom((eb) =>
      eb.selectFrom('public_recaps').select(['slug', 'translation_key', 'locale']).orderBy('slug').limit(page.limit).offset(page.offset).as('f'),
    )
    .innerJoin('public_recaps as t', (join) => join.onRef('t.translation_key', '=', 'f.translation_key').onRef('t.slug', '<>', 'f.slug'))
    .select(['f.slug as of', 'f.locale as ofLocale', 't.slug', 't.locale'])
    .orderBy('f.slug')
    .orderBy('t.slug')
    .execute();
}

/** How many rows each sitemap table holds, and the newest change of any public recap. */
export async function countSitemapRows(db: Db): Promise<{ recaps: number; speakers: number; tags: number; newest: string | null }> {
  const [recaps, speakers, tags, newest] = await Promise.all([
    countPublicRecaps(db),
    countSpeakers(db),
    countTags(db),
    db
      .selectFrom('public_recaps')
      .select((eb) => eb.fn.max('last_modified').as('newest'))
      .executeTakeFirst(),
  ]);
  return { recaps, speakers, tags, newest: (newest?.newest as string | null | undefined) ?? null };
}

/** Slug → content hash of every git-managed recap in the read model (as many as there are files). The file loader only. */
export async function selectFileRecapHashes(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('public_recaps').select(['slug', 'content_hash']).where('source', '=', 'file').execute();
  return new Map(rows.map((r) => [r.slug, r.content_hash]));
}

/**
 * Database recaps whose read-model rows are out of step with them: published
 * ones with no row for their live version (a database from before 0005, a
 * crash between the status change and the read-model write, an edit that
 * bypassed lib/recaps), rows of recaps no longer published, and rows without
 * their event's calendar record (written before event_calendar). Two
 * anti-joins, `limit` ids at a time. A slug a file holds is the file's.
 * The read-model sync only (lib/recaps/read-model-sync.ts).
 */
export async function selectStaleDbRecapIds(db: Db, limit: number): Promise<number[]> {
  const unwritten = await db
    .selectFrom('recaps as r')
    .select('r.id')
    .where('r.status', '=', 'published')
    .where('r.live_version', 'is not', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('public_recaps as p')
            .select(sql.lit(1).as('one'))
            .where((w) =>
              w.or([
                w.and([w('p.recap_id', '=', w.ref('r.id')), w('p.live_version', '=', w.ref('r.live_version'))]),
                w.and([w('p.slug', '=', w.ref('r.slug')), w('p.source', '=', 'file')]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('r.id')
    .limit(limit)
    .execute();
  const unpublished = await db
    .selectFrom('public_recaps as p')
    .select('p.recap_id')
    .where('p.source', '=', 'db')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('recaps as r')
            .select(sql.lit(1).as('one'))
            .whereRef('r.id', '=', 'p.recap_id')
            .where('r.status', '=', 'published')
            .whereRef('r.slug', '=', 'p.slug'),
        ),
      ),
    )
    .limit(limit)
    .execute();
  // Rows written before event_calendar existed (0009-events): written again, they get their calendar record.
  const unrecorded = await db
    .selectFrom('public_recaps as p')
    .select('p.recap_id')
    .where('p.source', '=', 'db')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('event_calendar as c')
            .select(sql.lit(1).as('one'))
            .where(sql<boolean>`c.event_key = coalesce(p.translation_key, p.slug)`),
        ),
      ),
    )
    .limit(limit)
    .execute();
  const ids = (rows: { recap_id: number | null }[]) => rows.flatMap((r) => (r.recap_id === null ? [] : [r.recap_id]));
  return [...new Set([...unwritten.map((r) => r.id), ...ids(unpublished), ...ids(unrecorded)])];
}

/** Every git-managed recap's summary row (as many as there are files), by slug. The admin list only. */
export async function selectFileRecapRows(db: Db): Promise<PublicRecapRow[]> {
  return db.selectFrom('public_recaps').selectAll().where('source', '=', 'file').orderBy('slug').execute();
}

// Events (0009-events): upcoming and past by their instants, series by start.
// `ends_at` is UTC ISO text of one shape (utcText), so text order is time order.

/** Events matching `filter` that have not ended at `now` (UTC ISO), soonest start first; at most `limit`. Through the (listed_<l>, ends_at) index. */
export async function selectUpcomingRows(db: Db, filter: PublicRecapFilter, now: string, limit: number): Promise<PublicRecapRow[]> {
  return db
    .selectFrom('public_recaps')
    .selectAll()
    .where((eb) => matching(eb, filter))
    .where('ends_at', '>', now)
    .orderBy('starts_at')
    .orderBy('slug')
    .limit(limit)
    .execute();
}

/** A page of events matching `filter` that ended by `now`, in the recap listing's order (date desc, slug). */
export async function selectPastRows(db: Db, filter: PublicRecapFilter, now: string, page: { limit: number; offset?: number }): Promise<PublicRecapRow[]> {
  return db
    .selectFrom('public_recaps')
    .selectAll()
    .where((eb) => matching(eb, filter))
    .where('ends_at', '<=', now)
    .orderBy('date', 'desc')
    .orderBy('slug')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
}

/**
 * How many events matching `filter` end after `now`: the few still to come,
 * a short range of the (listed_<l>, ends_at) index. The past ones are the
 * rest of the count the recap list keeps (countPublicRecaps), so /events
 * never counts over every ended event.
 */
export async function countUpcomingRows(db: Db, filter: PublicRecapFilter, now: string): Promise<number> {
  const row = await db
    .selectFrom('public_recaps')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => matching(eb, filter))
    .where('ends_at', '>', now)
    .executeTakeFirstOrThrow();
  return toCount(row.n as string | number);
}

/** The stops of series `key` as the listing in `listedIn` shows them (each event once), by start; through the (listed_<l>, series_key, starts_at) index. */
export async function selectSeriesRows(db: Db, key: string, listedIn: ListedLocale, limit: number): Promise<PublicRecapRow[]> {
  return db
    .selectFrom('public_recaps')
    .selectAll()
    .where((eb) => matching(eb, { listedIn }))
    .where('series_key', '=', key)
    .orderBy('starts_at')
    .orderBy('slug')
    .limit(limit)
    .execute();
}

/**
 * Public events that ended in (`after`, `until`] (UTC ISO): their pages and the
 * listings show another stage since (the scheduler expires them). One range
 * read per listing flag on its (listed_<l>, ends_at) index; every version is
 * listed in at least one language. Slugs with their series, by slug.
 */
export async function selectEventsEndedBetween(db: Db, after: string, until: string, limit: number): Promise<{ slug: string; seriesKey: string | null }[]> {
  const found = new Map<string, string | null>();
  for (const flag of ['listed_en', 'listed_zh'] as const) {
    const rows = await db
      .selectFrom('public_recaps')
      .select(['slug', 'series_key'])
      .where(flag, '=', 1)
      .where('ends_at', '>', after)
      .where('ends_at', '<=', until)
      .orderBy('ends_at')
      .limit(limit)
      .execute();
    for (const r of rows) found.set(r.slug, r.series_key);
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slug, seriesKey]) => ({ slug, seriesKey }));
}
