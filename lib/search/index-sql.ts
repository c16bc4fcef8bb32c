import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { dialectOf } from '@/lib/db/dialect';
import type { SearchQuery } from './query';
import { INDEX_VERSION, withIds } from './documents';
import { withSearch, type SearchDb, type SearchDocRow } from './schema';

// Reads and writes of search_docs, on the handle the caller passes (the app's,
// a test's, the bench's). No server-only: bench/search.ts runs this under tsx.
// Callers: lib/search/sync.ts, lib/search/queries.ts, tests, the bench.

/** What a search returns per document, best first. */
export interface SearchDocHit {
  recapSlug: string;
  recapTitle: string;
  talkId: string | null;
  title: string;
  speakers: string;
  locale: string;
  date: string;
  snippetText: string;
  score: number;
}

/** Rows per INSERT: ~20 columns each stays far below SQLite's and PG's bind limits. */
const INSERT_CHUNK = 400;
/** Recaps per write transaction in a bulk (re)index. */
const RECAPS_PER_TX = 250;
/** pg_advisory_xact_lock key: serialises index writers across app instances. */
const PG_LOCK_KEY = 0x5ea2c4;

/** `slug → hash` of every indexed recap, with its source. */
export async function indexedRecaps(db: Kysely<Database>): Promise<Map<string, { hash: string; source: 'file' | 'db' }>> {
  const rows = await withSearch(db).selectFrom('search_docs').select(['recap_slug', 'hash', 'source']).where('kind', '=', 'recap').execute();
  return new Map(rows.map((r) => [r.recap_slug, { hash: r.hash, source: r.source }]));
}

/**
 * Replaces the documents of the given recaps (each entry: all rows of one
 * recap, from recapDocuments) and deletes the recaps in `remove`, in
 * transactions of a few hundred recaps. Readers see a recap either before or
 * after its replacement, never half of it.
 */
export async function writeRecaps(db: Kysely<Database>, replace: SearchDocRow[][], remove: string[] = []): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  for (let i = 0; i < Math.max(replace.length, remove.length); i += RECAPS_PER_TX) {
    const batch = replace.slice(i, i + RECAPS_PER_TX).filter((rows) => rows.length > 0);
    const slugs = [...new Set([...remove.slice(i, i + RECAPS_PER_TX), ...batch.map((rows) => rows[0].recap_slug)])];
    await withSearch(db).transaction().execute(async (trx) => {
      // Two instances indexing the same recap at once would otherwise both
      // find nothing to delete and then collide on doc_key. (SQLite takes its
      // write lock at the DELETE, the first statement, so it needs nothing.)
      if (pg) await sql`select pg_advisory_xact_lock(${PG_LOCK_KEY})`.execute(trx);
      for (let j = 0; j < slugs.length; j += 500) {
        await trx.deleteFrom('search_docs').where('recap_slug', 'in', slugs.slice(j, j + 500)).execute();
      }
      const rows = (await resolveIdCollisions(trx, batch)).flat();
      for (let j = 0; j < rows.length; j += INSERT_CHUNK) {
        await trx.insertInto('search_docs').values(rows.slice(j, j + INSERT_CHUNK)).execute();
      }
    });
  }
}

/**
 * Ids are rank keys with a 28-bit slug hash (see withIds), so two recaps of
 * the same day can collide, about once in a few hundred million pairs; the
 * newcomer is then re-keyed with another salt.
 */
async function resolveIdCollisions(trx: SearchDb, recaps: SearchDocRow[][]): Promise<SearchDocRow[][]> {
  const ids = recaps.flatMap((rows) => rows.map((r) => r.id));
  const taken = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const found = await trx.selectFrom('search_docs').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const row of found) taken.add(Number(row.id));
  }
  const out: SearchDocRow[][] = [];
  for (let rows of recaps) {
    for (let salt = 1; rows.some((r) => taken.has(r.id)); salt++) {
      rows = withIds(rows, salt);
      const clash = await trx.selectFrom('search_docs').select('id').where('id', 'in', rows.map((r) => r.id)).execute();
      for (const row of clash) taken.add(Number(row.id));
    }
    for (const r of rows) taken.add(r.id);
    out.push(rows);
  }
  return out;
}

type Row = {
  id: number | string; recap_slug: string; recap_title: string; talk_id: string | null; title: string; speakers: string;
  locale: string; date: string; snippet_text: string; kind: 'recap' | 'talk'; score: number | string; own: number | string;
};

/**
 * Step 1 looks at documents in id order: on SQLite the first FIRST_PASS
 * matching ones (FTS5 walks its index in rowid order and stops); on
 * PostgreSQL (a trigram index has no order) chunks of the table, 2,000 then
 * 4,000 rows, until the kept list is full and its worst score makes step 2
 * selective, or the budget is spent.
 */
const FIRST_PASS = 2000;
const PG_SCAN_BUDGET = 6000;

/**
 * The best `limit` documents for a checked query. Every pattern must occur
 * in the document: in its head (title, speakers, roles and affiliations,
 * recap details, a recap's talk list) or its body. Score per term: title or
 * speaker 16, role or affiliation 6, recap details or talk list 4, body 2;
 * +1000 when the whole query is exactly the title or a speaker's name; +1 for
 * a talk (the more precise link). Ties go by id, i.e. talks, then newer
 * events, first (see withIds).
 *
 * Scoring every match is too slow for a common word (a company on thousands
 * of talks), so: (1) score the matches among the first documents by id and
 * keep the best; (2) a later document can only enter the list by scoring
 * higher than the worst kept one, and that score says which index to ask
 * (exact title or name → title-and-people → head → any match), so step 2
 * usually reads few rows. The result is exact, not an approximation.
 *
 * A recap that matched only through its talk list is dropped when one of
 * those talks is among the hits itself. Both dialects compute exactly the
 * same list. lib/search (queries.ts), tests and the bench.
 */
export async function searchDocs(db: Kysely<Database>, query: SearchQuery, limit: number): Promise<SearchDocHit[]> {
  // A little more than asked for, so dropping recaps shown through their talks still fills the page.
  const window = limit + 10;
  const rows =
    dialectOf(db) === 'postgres'
      ? await withSearch(db).transaction().execute(async (trx) => {
          // LIKE '%…%' selectivity is guessed, and the guess picks sequential
          // scans of the whole table; the trigram indexes are always better here.
          // The "disabled" cost penalty then trips JIT compilation (100+ ms for a
          // 1 ms query): no JIT for these short queries.
          await sql`select set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)`.execute(trx);
          return runSearch(trx, true, query, window);
        })
      : await runSearch(withSearch(db), false, query, window);
  const talkHits = new Set(rows.filter((r) => r.kind === 'talk').map((r) => r.recap_slug));
  return rows
    .filter((r) => r.kind === 'talk' || Number(r.own) === 1 || !talkHits.has(r.recap_slug))
    .slice(0, limit)
    .map((r) => ({
      recapSlug: r.recap_slug,
      recapTitle: r.recap_title,
      talkId: r.talk_id,
      title: r.title,
      speakers: r.speakers,
      locale: r.locale,
      date: r.date,
      snippetText: r.snippet_text,
      score: Number(r.score),
    }));
}

/**
 * What a document must have to score above `floor` (every term matching is
 * assumed): an exact title or name; or at least `k` of the n terms in the
 * title or speakers; or at least `k` in the head; or nothing more. Without
 * an exact match a document scores at most 16n+1; with fewer than k terms in
 * the title or speakers at most 16(k-1)+6(n-k+1)+1; with fewer than k in
 * the head at most 16(k-1)+2(n-k+1)+1.
 */
type Gate = { kind: 'exact' } | { kind: 'title-or-people' | 'head'; all: boolean } | { kind: 'any' };

function gateAbove(floor: number, n: number): Gate {
  if (floor >= 16 * n + 1) return { kind: 'exact' };
  const most = (other: number) => {
    let k = 0;
    while (k < n && 16 * k + other * (n - k) + 1 <= floor) k++;
    return k;
  };
  const inTitle = most(6);
  if (inTitle > 0) return { kind: 'title-or-people', all: inTitle === n };
  const inHead = most(2);
  if (inHead > 0) return { kind: 'head', all: inHead === n };
  return { kind: 'any' };
}

const selective = (gate: Gate) => gate.kind === 'exact' || (gate.kind === 'title-or-people' && gate.all);

async function runSearch(db: SearchDb, pg: boolean, query: SearchQuery, window: number): Promise<Row[]> {
  const { patterns } = query;
  const n = patterns.length;
  const exactKey = `\n${query.phrase}\n`;
  const has = (column: string, needle: string): RawBuilder<unknown> =>
    sql`${sql.raw(pg ? 'strpos' : 'instr')}(${sql.ref(`d.${column}`)}, ${needle}) > 0`;
  const like = (column: string, p: string) => sql`${sql.ref(`d.${column}`)} like ${`%${p.replace(/[\\%_]/g, '\\$&')}%`}`;
  const anyOf = (parts: RawBuilder<unknown>[]) => sql`(${sql.join(parts, sql` or `)})`;
  const allOf = (parts: RawBuilder<unknown>[]) => sql`(${sql.join(parts, sql` and `)})`;

  const termScores = patterns.map(
    (p) => sql`case when ${has('title_n', p)} or ${has('people_n', p)} then 16 when ${has('affil_n', p)} then 6 when ${has('meta_n', p)} or ${has('talks_n', p)} then 4 else 2 end`,
  );
  const score = sql.join([...termScores, sql`case when ${has('exact_keys', exactKey)} then 1000 else 0 end`, sql`case when d.kind = 'talk' then 1 else 0 end`], sql` + `);
  const own = allOf(patterns.map((p) => anyOf([has('title_n', p), has('meta_n', p), has('body_n', p)])));
  const columns = sql`d.id, d.recap_slug, d.recap_title, d.talk_id, d.title, d.speakers, d.locale, d.date, d.snippet_text, d.kind,
    ${score} as score, case when d.kind = 'talk' or ${own} then 1 else 0 end as own`;
  const ranked = async (from: RawBuilder<unknown>) => (await sql<Row>`select ${columns} from ${from} order by score desc, d.id limit ${window}`.execute(db)).rows;
  const best = (rows: Row[]) => rows.sort((x, y) => Number(y.score) - Number(x.score) || Number(x.id) - Number(y.id)).slice(0, window);
  const floorOf = (rows: Row[]) => (rows.length < window ? -1 : Number(rows[window - 1].score));
  const all = allOf(patterns.map((p) => anyOf([like('tp_n', p), like('hx_n', p), like('body_n', p)])));

  // Step 1: the first documents in id order.
  let first: Row[] = [];
  let seenUpTo: number;
  if (pg) {
    let from: number | null = null;
    for (let scanned = 0, chunk = FIRST_PASS; ; scanned += chunk, chunk *= 2) {
      const range: RawBuilder<unknown> = from === null ? sql`` : sql`where id > ${from}`;
      first = best([...first, ...(await ranked(sql`(select * from search_docs ${range} order by id limit ${chunk}) d where ${all}`))]);
      const last: { id: string } | undefined = (await sql<{ id: string }>`select id from search_docs ${range} order by id offset ${chunk - 1} limit 1`.execute(db)).rows[0];
      if (!last) return first; // that was the end of the table
      from = Number(last.id);
      // Scan on while the kept list is full but step 2 would not be selective, or while
      // matches are dense enough that scanning is cheaper than the index; sparse ones go to step 2.
      const worthScanning = first.length >= window ? !selective(gateAbove(floorOf(first), n)) : first.length >= window / 2;
      if (!worthScanning || scanned + chunk >= PG_SCAN_BUDGET) break;
    }
    seenUpTo = from;
  } else {
    const firstIds = sql`(select rowid from search_fts where search_fts match ${fts(patterns, 'AND')} order by rowid limit ${FIRST_PASS})`;
    first = await ranked(sql`search_docs d where d.id in ${firstIds}`);
    // Fewer matches than FIRST_PASS: step 1 saw them all.
    const last = (await sql<{ id: number | null }>`select max(rowid) as id from ${firstIds} f having count(*) = ${FIRST_PASS}`.execute(db)).rows[0]?.id;
    if (last == null) return first;
    seenUpTo = Number(last);
  }

  // Step 2: later documents that can beat the worst kept one, if any can: the best
  // possible score is every term in the title or a name, an exact match, and a talk.
  const floor = floorOf(first);
  if (floor >= 16 * n + 1000 + 1) return first;
  const gate = gateAbove(floor, n);
  let second: Row[];
  if (pg) {
    const inHead = (p: string) => anyOf([like('tp_n', p), like('hx_n', p)]);
    const condition =
      gate.kind === 'exact' ? like('tp_n', ` ${query.phrase} `)
      : gate.kind === 'title-or-people' ? (gate.all ? allOf : anyOf)(patterns.map((p) => like('tp_n', p)))
      : gate.kind === 'head' ? (gate.all ? allOf : anyOf)(patterns.map(inHead))
      : sql`true`;
    second = await ranked(sql`search_docs d where d.id > ${seenUpTo} and ${condition} and ${all}`);
  } else {
    const condition =
      gate.kind === 'exact' ? `tp_n : ${fts([` ${query.phrase} `], 'AND')} AND `
      : gate.kind === 'title-or-people' ? `tp_n : (${fts(patterns, gate.all ? 'AND' : 'OR')}) AND `
      : gate.kind === 'head' ? (gate.all ? `${patterns.map((p) => `{tp_n hx_n} : ${fts([p], 'AND')}`).join(' AND ')} AND ` : `{tp_n hx_n} : (${fts(patterns, 'OR')}) AND `)
      : '';
    second = await ranked(sql`search_fts join search_docs d on d.id = search_fts.rowid where search_fts match ${`${condition}(${fts(patterns, 'AND')})`} and search_fts.rowid > ${seenUpTo}`);
  }
  return best([...first, ...second]);
}

/**
 * FTS5 query text: every pattern as a quoted string (embedded quotes doubled,
 * though folded patterns hold only letters, digits and spaces), joined by
 * `op`. With the trigram tokenizer a quoted string is a substring match.
 */
function fts(patterns: string[], op: 'AND' | 'OR'): string {
  return patterns.map((p) => `"${p.replace(/"/g, '""')}"`).join(` ${op} `);
}

/** Empties the index (tests, the bench). */
export async function clearIndex(db: Kysely<Database>): Promise<void> {
  await withSearch(db).deleteFrom('search_docs').execute();
}

export type { SearchDb };

/**
 * Public recaps (in the read model) with no search documents of this
 * INDEX_VERSION, and indexed
 * slugs no longer public: anti-joins, `limit` at a time, for the start-up
 * repair (lib/search/sync.ts repairIndex).
 */
export async function indexDrift(db: Kysely<Database>, limit: number): Promise<{ missing: string[]; extra: string[] }> {
  const s = withSearch(db);
  // A recap whose documents were built by another INDEX_VERSION counts as missing: it is written again.
  const missing = await sql<{ slug: string }>`select p.slug from public_recaps p
    where not exists (select 1 from search_docs d where d.recap_slug = p.slug and d.kind = 'recap' and d.hash like ${`${INDEX_VERSION}-%`})
    order by p.slug limit ${limit}`.execute(s);
  const extra = await sql<{ recap_slug: string }>`select distinct d.recap_slug from search_docs d
    where not exists (select 1 from public_recaps p where p.slug = d.recap_slug) limit ${limit}`.execute(s);
  return { missing: missing.rows.map((r) => r.slug), extra: extra.rows.map((r) => r.recap_slug) };
}
