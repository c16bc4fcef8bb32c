import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/**
 * `search_docs` (migration 0002-search): one row per public recap and one per
 * talk. Kept out of lib/db/schema.ts on purpose: only lib/search touches it,
 * through `withSearch(db)`. Columns ending in `_n` hold indexForm() text
 * (folded, ` word ` spaced, CJK pairs appended); the others are for display.
 */
// Type aliases, not interfaces: Kysely's withTables wants index-signature-compatible types.
export type SearchDocsTable = {
  /** Rank key, not a serial: see withIds in documents.ts. */
  id: number;
  /** `<slug>#<talk id>`, or `<slug>#` for the recap itself. */
  doc_key: string;
  recap_slug: string;
  talk_id: string | null;
  kind: 'recap' | 'talk';
  /** 0 for the recap, 1.. for its talks in page order (a stable tie-break). */
  ord: number;
  source: 'file' | 'db';
  locale: string;
  /** Event date, YYYY-MM-DD: newer events rank first among equal scores. */
  date: string;
  title: string;
  recap_title: string;
  /** Speaker names, comma separated (talks only). */
  speakers: string;
  /** Plain text the result snippet is cut from. */
  snippet_text: string;
  title_n: string;
  people_n: string;
  affil_n: string;
  meta_n: string;
  /** Recap rows: their talks' titles, speakers and affiliations. */
  talks_n: string;
  /** title_n + people_n (trigram indexed): where a term scores highest. */
  tp_n: string;
  /** affil_n + meta_n + talks_n (trigram indexed): the rest of the head. */
  hx_n: string;
  /** The body: recap text outside talks, or the talk's summary (trigram indexed). */
  body_n: string;
  /** `\n`-wrapped folded title and speaker names, for exact-match ranking. */
  exact_keys: string;
  /** Hash of the recap's documents: unchanged recaps are not rewritten. */
  hash: string;
};

export type SearchDocRow = SearchDocsTable;

export type SearchTables = {
  search_docs: SearchDocsTable;
};

export type SearchDb = Kysely<Database & SearchTables>;

/** The app's handle with the search table typed. lib/search only. */
export function withSearch(db: Kysely<Database>): SearchDb {
  return db.withTables<SearchTables>();
}
